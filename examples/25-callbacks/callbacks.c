// The C twin of cdylib/callbacks: functions that take function pointers and call them.
#include <stddef.h>

// ANCHOR: visit_primes
typedef int (*Visitor)(unsigned int prime, void *user_data);

int visit_primes(unsigned int limit, Visitor visit, void *user_data) {
    if (visit == NULL) return -1;
    int visited = 0;
    for (unsigned int n = 2; n < limit; n++) {
        int is_prime = 1;
        for (unsigned int d = 2; d * d <= n; d++) {
            if (n % d == 0) { is_prime = 0; break; }
        }
        if (is_prime) {
            visited++;
            if (visit(n, user_data) != 0) break;
        }
    }
    return visited;
}
// ANCHOR_END: visit_primes

// ANCHOR: set_logger
typedef void (*Logger)(const char *text);

static Logger logger = NULL;  // only the pointer: the caller keeps the function alive

void set_logger(Logger new_logger) { logger = new_logger; }

int log_message(const char *text) {
    if (logger == NULL) return 0;
    logger(text);
    return 1;
}
// ANCHOR_END: set_logger

int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
