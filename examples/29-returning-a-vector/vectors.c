// The C twin of cdylib/vectors: the same functions, with malloc, realloc and free.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define VEC_OK 0
#define VEC_NULL_POINTER -1
#define VEC_BAD_START -2
#define VEC_OVERFLOW -3
#define TABLE_MAX_CELLS 1048576

typedef struct {
    uint64_t *ptr;
    size_t len;
    size_t cap;
} VecU64;

typedef struct {
    uint8_t byte;
    uint32_t count;
} Run;

typedef struct {
    double *ptr;
    size_t len;
    size_t cap;
} VecF64;

static int live = 0;

// ANCHOR: collatz
// The Collatz sequence of start in a growing array, in *v. The capacity grows the way a
// Rust Vec grows today (4, 8, 16, ...), so that both libraries report the same capacity.
static int collatz(uint64_t start, VecU64 *v) {
    v->ptr = NULL;
    v->len = v->cap = 0;
    if (start == 0) {
        return VEC_BAD_START;
    }
    for (uint64_t n = start;;) {
        if (v->len == v->cap) {
            size_t cap = v->cap == 0 ? 4 : 2 * v->cap;
            uint64_t *grown = realloc(v->ptr, cap * sizeof *grown);
            if (grown == NULL) {
                free(v->ptr);
                return VEC_OVERFLOW;
            }
            v->ptr = grown;
            v->cap = cap;
        }
        v->ptr[v->len++] = n;
        if (n == 1) {
            return VEC_OK;
        }
        if (n % 2 == 0) {
            n /= 2;
        } else if (n > (UINT64_MAX - 1) / 3) {
            free(v->ptr);
            v->ptr = NULL;
            v->len = v->cap = 0;
            return VEC_OVERFLOW;
        } else {
            n = 3 * n + 1;
        }
    }
}
// ANCHOR_END: collatz

// ANCHOR: collatz_into
int collatz_into(uint64_t start, uint64_t **out, size_t *len) {
    if (out == NULL || len == NULL) {
        return VEC_NULL_POINTER;
    }
    VecU64 v;
    int code = collatz(start, &v);
    if (code == VEC_OK) {
        live++;
    }
    *out = v.ptr;  // spare capacity and all: free() does not need to know the size
    *len = v.len;
    return code;
}

void collatz_free(uint64_t *values, size_t len) {
    (void)len;  // unused: C's free takes no size
    if (values != NULL) {
        free(values);
        live--;
    }
}
// ANCHOR_END: collatz_into

VecU64 collatz_vec(uint64_t start) {
    VecU64 v;
    if (collatz(start, &v) == VEC_OK) {
        live++;
    }
    return v;
}

void vec_u64_free(VecU64 v) {
    if (v.ptr != NULL) {
        free(v.ptr);  // len and cap are not needed here either
        live--;
    }
}

// ANCHOR: collatz_fill
ptrdiff_t collatz_fill(uint64_t start, uint64_t *buffer, size_t capacity) {
    if (buffer == NULL && capacity != 0) {
        return VEC_NULL_POINTER;
    }
    VecU64 v;
    int code = collatz(start, &v);
    if (code != VEC_OK) {
        return code;
    }
    size_t written = v.len < capacity ? v.len : capacity;
    if (written > 0) {
        memcpy(buffer, v.ptr, written * sizeof *buffer);
    }
    free(v.ptr);
    return (ptrdiff_t)v.len;
}
// ANCHOR_END: collatz_fill

ptrdiff_t runs_encode(const uint8_t *data, size_t n, Run **out) {
    if (out == NULL) {
        return VEC_NULL_POINTER;
    }
    *out = NULL;
    if (n == 0) {
        return 0;
    }
    if (data == NULL) {
        return VEC_NULL_POINTER;
    }
    size_t count = 0;  // first pass: how many runs, so that one malloc is enough
    for (size_t i = 0, run = 0; i < n; i++, run++) {
        if (i == 0 || data[i] != data[i - 1] || run == UINT32_MAX) {
            count++;
            run = 0;
        }
    }
    Run *runs = malloc(count * sizeof *runs);
    if (runs == NULL) {
        return VEC_NULL_POINTER;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k > 0 && runs[k - 1].byte == data[i] && runs[k - 1].count < UINT32_MAX) {
            runs[k - 1].count++;
        } else {
            runs[k].byte = data[i];
            runs[k].count = 1;
            k++;
        }
    }
    live++;
    *out = runs;
    return (ptrdiff_t)count;
}

void runs_free(Run *runs, size_t count) {
    (void)count;
    if (runs != NULL) {
        free(runs);
        live--;
    }
}

VecF64 table_new(size_t rows, size_t cols) {
    VecF64 t = {NULL, 0, 0};
    if (rows == 0 || cols == 0 || rows > TABLE_MAX_CELLS / cols) {
        return t;
    }
    t.ptr = malloc(rows * cols * sizeof *t.ptr);
    if (t.ptr == NULL) {
        return t;
    }
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < cols; c++) {
            t.ptr[r * cols + c] = (double)((r + 1) * (c + 1));
        }
    }
    t.len = t.cap = rows * cols;
    live++;
    return t;
}

void vec_f64_free(VecF64 v) {
    if (v.ptr != NULL) {
        free(v.ptr);
        live--;
    }
}

int live_vectors(void) {
    return live;
}
