/* The C twin of cdylib/keepalive: a struct of pointers the library reads through. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define JOB_NULL (-1)
#define JOB_NULL_FIELD (-2)

typedef struct {
    const char *name;
    const uint8_t *data;
    size_t len;
} Job;

// ANCHOR: job_checksum
int64_t job_checksum(const Job *job) {
    if (job == NULL) return JOB_NULL;
    if (job->len == 0) return 0;
    if (job->data == NULL) return JOB_NULL_FIELD;
    int64_t sum = 0;
    for (size_t i = 0; i < job->len; i++) sum += job->data[i];
    return sum;
}
// ANCHOR_END: job_checksum

int64_t job_name_length(const Job *job) {
    if (job == NULL) return JOB_NULL;
    if (job->name == NULL) return JOB_NULL_FIELD;
    return (int64_t)strlen(job->name);
}
