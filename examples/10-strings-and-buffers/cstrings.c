// The C twin of cdylib/cstrings: the same functions, with the C library doing the work
// (strlen, wcslen, snprintf, malloc/free).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

long byte_length(const char *s) {
    return s == NULL ? -1 : (long)strlen(s);
}

// Counts UTF-8 characters; -2 if a lead or continuation byte is out of place
// (a structural check only: Rust's str::from_utf8 also rejects overlong forms).
long char_count(const char *s) {
    if (s == NULL) {
        return -1;
    }
    long n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; n++) {
        int extra = *p < 0x80 ? 0 : (*p >> 5) == 0x6 ? 1 : (*p >> 4) == 0xE ? 2 : (*p >> 3) == 0x1E ? 3 : -1;
        if (extra < 0) {
            return -2;
        }
        p++;
        for (int i = 0; i < extra; i++, p++) {
            if ((*p & 0xC0) != 0x80) {
                return -2;
            }
        }
    }
    return n;
}

long wide_length(const wchar_t *s) {
    return s == NULL ? -1 : (long)wcslen(s);
}

// ANCHOR: greet
long greet(const char *name, char *buf, size_t size) {
    if (name == NULL || (buf == NULL && size > 0)) {
        return -1;
    }
    return snprintf(buf, size, "Hello, %s!", name);  // truncates, returns the full length
}
// ANCHOR_END: greet

static int live = 0;  // strings handed out and not freed yet

// ANCHOR: greeting
char *greeting(const char *name) {
    if (name == NULL) {
        return NULL;
    }
    long n = greet(name, NULL, 0);
    char *s = malloc(n + 1);
    if (s == NULL) {
        return NULL;
    }
    greet(name, s, n + 1);
    live++;
    return s;
}

void free_greeting(char *s) {
    if (s != NULL) {
        free(s);
        live--;
    }
}
// ANCHOR_END: greeting

int live_strings(void) {
    return live;
}

const char *library_version(void) {
    return "cstrings 1.0";
}
