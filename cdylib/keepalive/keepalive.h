#ifndef KEEPALIVE_H
#define KEEPALIVE_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Error value: `job` is NULL.
#define JOB_NULL -1

// Error value: the field the function reads is NULL (and `len` is not 0).
#define JOB_NULL_FIELD -2

// ANCHOR: Job
// A piece of work: a name and a block of bytes, both owned by the caller.
typedef struct {
  // A NUL-terminated name, or NULL.
  const char *name;
  // `len` bytes to work on (NULL is allowed when `len` is 0).
  const uint8_t *data;
  size_t len;
} Job;
// ANCHOR_END: Job

// ANCHOR: job_checksum
// The sum of the job's bytes, `data[0] + ... + data[len - 1]`: it reads every byte.
// Returns `JOB_NULL` or `JOB_NULL_FIELD` instead of reading through a NULL pointer.
//
// # Safety
// `job` must be NULL or point to a `Job` whose `data` points to `len` readable bytes.
int64_t job_checksum(const Job *job);
// ANCHOR_END: job_checksum

// ANCHOR: job_name_length
// The length of the job's name in bytes, or `JOB_NULL` / `JOB_NULL_FIELD`.
//
// # Safety
// `job` must be NULL or point to a `Job` whose `name` is NULL or a NUL-terminated string.
int64_t job_name_length(const Job *job);
// ANCHOR_END: job_name_length

#endif  /* KEEPALIVE_H */
