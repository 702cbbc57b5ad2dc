// The C twin of cdylib/raw_bytes: the same functions, with malloc, free and a flexible
// array member.
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define ERR_NULL -1
#define ERR_INVALID -3
#define ERR_MISALIGNED -4

static int live = 0;

int live_buffers(void) {
    return live;
}

int64_t bytes_adler32(const uint8_t *data, size_t len) {
    if (data == NULL && len > 0) {
        return -1;
    }
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < len; i++) {
        a = (a + data[i]) % 65521;
        b = (b + a) % 65521;
    }
    return (int64_t)(b << 16 | a);
}

int bytes_xor(uint8_t *data, size_t len, uint8_t key) {
    if (len == 0) {
        return 0;
    }
    if (data == NULL) {
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        data[i] ^= key;
    }
    return 0;
}

// ANCHOR: rle_encode
uint8_t *rle_encode(const uint8_t *data, size_t len, size_t *out_len) {
    if (out_len == NULL) {
        return NULL;
    }
    *out_len = 0;
    if (data == NULL && len > 0) {
        return NULL;
    }
    if (len > SIZE_MAX / 2) {
        return NULL;
    }
    uint8_t *out = malloc(len * 2 + 1);  // the worst case; + 1 so that malloc never gets 0
    if (out == NULL) {
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t run = 1;
        while (i + run < len && data[i + run] == data[i] && run < 255) {
            run++;
        }
        out[n++] = (uint8_t)run;
        out[n++] = data[i];
        i += run;
    }
    *out_len = n;
    live++;
    return out;
}

void bytes_free(uint8_t *data, size_t len) {
    (void)len;  // free() finds the size itself; Rust's allocator needs to be told
    if (data != NULL) {
        free(data);
        live--;
    }
}
// ANCHOR_END: rle_encode

ptrdiff_t wide_reverse(const wchar_t *text, wchar_t *out, size_t capacity) {
    if (text == NULL || (out == NULL && capacity > 0)) {
        return ERR_NULL;
    }
    size_t n = wcslen(text);
    if (capacity > n) {
        for (size_t i = 0; i < n; i++) {
            out[i] = text[n - 1 - i];
        }
        out[n] = 0;
    }
    return (ptrdiff_t)n;
}

wchar_t *wide_reversed(const wchar_t *text) {
    if (text == NULL) {
        return NULL;
    }
    size_t n = wcslen(text);
    wchar_t *out = malloc((n + 1) * sizeof *out);
    if (out == NULL) {
        return NULL;
    }
    wide_reverse(text, out, n + 1);
    live++;
    return out;
}

void wide_free(wchar_t *text) {
    if (text != NULL) {
        free(text);
        live--;
    }
}

// ANCHOR: PrimeList
typedef struct {
    uint32_t count;
    uint32_t primes[];  // C99's flexible array member: not counted in sizeof
} PrimeList;
// ANCHOR_END: PrimeList

#define PRIMES_LIMIT (1u << 20)

ptrdiff_t primes_below(uint32_t limit, PrimeList *out, size_t capacity) {
    if (limit > PRIMES_LIMIT) {
        return ERR_INVALID;
    }
    if (out == NULL && capacity > 0) {
        return ERR_NULL;
    }
    if ((uintptr_t)out % alignof(PrimeList) != 0) {
        return ERR_MISALIGNED;
    }
    uint8_t *composite = calloc(limit + 1, 1);
    uint32_t *primes = malloc((limit + 1) * sizeof *primes);
    if (composite == NULL || primes == NULL) {
        free(composite);
        free(primes);
        return ERR_INVALID;
    }
    uint32_t count = 0;
    for (uint32_t i = 2; i < limit; i++) {
        if (!composite[i]) {
            primes[count++] = i;
            for (uint64_t m = (uint64_t)i * i; m < limit; m += i) {
                composite[m] = 1;
            }
        }
    }
    size_t needed = offsetof(PrimeList, primes) + count * sizeof(uint32_t);
    if (out != NULL && capacity >= needed) {
        out->count = count;
        memcpy(out->primes, primes, count * sizeof(uint32_t));
    }
    free(composite);
    free(primes);
    return (ptrdiff_t)needed;
}
