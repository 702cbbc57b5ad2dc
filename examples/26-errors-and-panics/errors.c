// The C twin of cdylib/errors: error codes, out-parameters and errno.
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

enum { TEMP_OK, TEMP_NULL_POINTER, TEMP_NOT_A_NUMBER, TEMP_BELOW_ABSOLUTE_ZERO };

// ANCHOR: parse_celsius
/* Space, \t, \n, \v, \f, \r: what isspace() accepts in the "C" locale, whatever the locale. */
static int is_c_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int parse_celsius(const char *text, double *out) {
    if (text == NULL || out == NULL) return TEMP_NULL_POINTER;
    while (is_c_space(*text)) text++;
    const char *digits = text + (*text == '+' || *text == '-');
    if (digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        return TEMP_NOT_A_NUMBER;  // strtod reads hexadecimal ("0x1p3"); Rust's parse does not
    char *end;
    double value = strtod(text, &end);
    if (end == text) return TEMP_NOT_A_NUMBER;  // nothing parsed (check before moving end)
    while (is_c_space(*end)) end++;
    if (*end != '\0' || isnan(value)) return TEMP_NOT_A_NUMBER;
    if (value < -273.15) return TEMP_BELOW_ABSOLUTE_ZERO;
    *out = value;
    return TEMP_OK;
}
// ANCHOR_END: parse_celsius

const char *temp_error_message(int code) {
    switch (code) {
    case TEMP_OK: return "ok";
    case TEMP_NULL_POINTER: return "a pointer argument was NULL";
    case TEMP_NOT_A_NUMBER: return "not a number";
    case TEMP_BELOW_ABSOLUTE_ZERO: return "below absolute zero";
    default: return "unknown error code";
    }
}

// ANCHOR: open_readonly
int open_readonly(const char *path) {
    if (path == NULL) {
        errno = EFAULT;
        return -1;
    }
    return open(path, O_RDONLY | O_CLOEXEC);  // -1 and errno on failure
}

int close_fd(int fd) { return close(fd); }
// ANCHOR_END: open_readonly
