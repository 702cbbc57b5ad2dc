/* The C twin of cdylib/rich_errors: the same parser and the same three ways to hand out
   its message. The thread-local last error is a _Thread_local buffer (C11). */
#include <ctype.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DURATION_OK 0
#define DURATION_NULL_POINTER 1
#define DURATION_SYNTAX 2
#define DURATION_UNKNOWN_UNIT 3
#define DURATION_OVERFLOW 4
#define DURATION_MESSAGE_CAPACITY 128

typedef struct {
    int code;
    char message[DURATION_MESSAGE_CAPACITY];
} DurationError;

/* Longer than any message the parser writes for a unit of up to 400 letters; a longer
   unit's message is cut to fit, where the Rust library keeps all of it. */
#define LONGEST 512
#define UNITS "expected ms, s, m or h"

/* Parses `text`; on failure writes a message of at most LONGEST - 1 bytes into `message`. */
static int parse(const char *text, uint64_t *out_ms, char *message) {
    if (text == NULL || out_ms == NULL) {
        snprintf(message, LONGEST, "%s is NULL", text == NULL ? "text" : "out_ms");
        return DURATION_NULL_POINTER;
    }
    size_t len = strlen(text), pos = 0;
    uint64_t total = 0;
    if (len == 0) {
        snprintf(message, LONGEST, "empty text: expected a duration such as 1h30m");
        return DURATION_SYNTAX;
    }
    while (pos < len) {
        size_t start = pos;
        uint64_t number = 0;
        while (pos < len && text[pos] >= '0' && text[pos] <= '9') {
            uint64_t digit = (uint64_t)(text[pos] - '0');
            if (number > (UINT64_MAX - digit) / 10) {
                snprintf(message, LONGEST, "the number at byte %zu does not fit in 64 bits", start);
                return DURATION_OVERFLOW;
            }
            number = number * 10 + digit;
            pos++;
        }
        if (pos == start) {
            snprintf(message, LONGEST, "expected a number at byte %zu", start);
            return DURATION_SYNTAX;
        }
        size_t unit_start = pos;
        /* ASCII letters only: isalpha would follow the locale */
        while (pos < len && ((text[pos] | 0x20) >= 'a' && (text[pos] | 0x20) <= 'z')) pos++;
        size_t unit_len = pos - unit_start;
        const char *unit = text + unit_start;
        uint64_t factor;
        if (unit_len == 2 && memcmp(unit, "ms", 2) == 0) factor = 1;
        else if (unit_len == 1 && *unit == 's') factor = 1000;
        else if (unit_len == 1 && *unit == 'm') factor = 60000;
        else if (unit_len == 1 && *unit == 'h') factor = 3600000;
        else if (unit_len == 0) {
            snprintf(message, LONGEST, "missing unit after the number at byte %zu (%s)", start,
                     UNITS);
            return DURATION_UNKNOWN_UNIT;
        } else {
            snprintf(message, LONGEST, "unknown unit \"%.*s\" at byte %zu (%s)", (int)unit_len,
                     unit, unit_start, UNITS);
            return DURATION_UNKNOWN_UNIT;
        }
        if (number > UINT64_MAX / factor || total > UINT64_MAX - number * factor) {
            snprintf(message, LONGEST, "the duration is longer than %llu ms",
                     (unsigned long long)UINT64_MAX);
            return DURATION_OVERFLOW;
        }
        total += number * factor;
    }
    *out_ms = total;
    return DURATION_OK;
}

// ANCHOR: last_error
/* This thread's last failure message; each thread has its own. */
static _Thread_local char last_error[LONGEST];
static _Thread_local int has_last_error;

int parse_duration(const char *text, uint64_t *out_ms) {
    char message[LONGEST];
    int code = parse(text, out_ms, message);
    if (code != DURATION_OK) {
        memcpy(last_error, message, LONGEST);
        has_last_error = 1;
    }
    return code;
}

char *last_error_message(void) {
    return has_last_error ? strdup(last_error) : NULL;
}

void error_string_free(char *message) {
    free(message);
}
// ANCHOR_END: last_error

size_t last_error_length(void) {
    return has_last_error ? strlen(last_error) + 1 : 0;
}

ptrdiff_t last_error_copy(char *buffer, size_t capacity) {
    if (!has_last_error) return -1;
    size_t n = strlen(last_error);
    if (buffer == NULL || capacity < n + 1) return -1;
    memcpy(buffer, last_error, n + 1);
    return (ptrdiff_t)n;
}

int parse_duration_into(const char *text, uint64_t *out_ms, DurationError *error) {
    char message[LONGEST] = "";
    int code = parse(text, out_ms, message);
    if (error != NULL) {
        error->code = code;
        snprintf(error->message, sizeof error->message, "%s", code ? message : "");
    }
    return code;
}

static pthread_mutex_t shared_lock = PTHREAD_MUTEX_INITIALIZER;
static char shared_error[LONGEST];
static int has_shared_error;

int parse_duration_shared(const char *text, uint64_t *out_ms) {
    char message[LONGEST];
    int code = parse(text, out_ms, message);
    if (code != DURATION_OK) {
        pthread_mutex_lock(&shared_lock);
        memcpy(shared_error, message, LONGEST);
        has_shared_error = 1;
        pthread_mutex_unlock(&shared_lock);
    }
    return code;
}

char *shared_error_message(void) {
    pthread_mutex_lock(&shared_lock);
    char *copy = has_shared_error ? strdup(shared_error) : NULL;
    pthread_mutex_unlock(&shared_lock);
    return copy;
}
