/* The C twin of cdylib/wrapped: two kinds of opaque handle, an array function,
 * out-parameters, and a registry of live handles so that a second free is refused. */
#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define WR_OK 0
#define WR_NULL (-1)
#define WR_EMPTY (-2)
#define WR_NOT_LIVE (-3)
#define WR_BAD_VALUE (-4)

typedef struct {
    uint64_t count;
    double sum, min, max;
} Stats;

typedef struct {
    double lo, hi;
    uint32_t bins;
    uint64_t *counts;
} Histogram;

enum kind { STATS = 1, HISTOGRAM = 2 };

/* The registry: a list of live handles and their kinds, and what the frees did. */
typedef struct entry {
    void *ptr;
    enum kind kind;
    struct entry *next;
} entry;

static entry *live = NULL;
static int64_t live_count = 0, freed = 0, refused = 0;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *hand_out(void *ptr, enum kind kind) {
    entry *e = malloc(sizeof *e);
    if (e == NULL) {
        free(ptr);
        return NULL;
    }
    pthread_mutex_lock(&lock);
    e->ptr = ptr;
    e->kind = kind;
    e->next = live;
    live = e;
    live_count++;
    pthread_mutex_unlock(&lock);
    return ptr;
}

/* Unregisters ptr if it is a live handle of `kind`: WR_OK, WR_NULL or WR_NOT_LIVE. */
static int take_back(void *ptr, enum kind kind) {
    if (ptr == NULL) return WR_NULL;
    pthread_mutex_lock(&lock);
    for (entry **at = &live; *at != NULL; at = &(*at)->next) {
        if ((*at)->ptr == ptr && (*at)->kind == kind) {
            entry *e = *at;
            *at = e->next;
            free(e);
            live_count--;
            freed++;
            pthread_mutex_unlock(&lock);
            return WR_OK;
        }
    }
    refused++;
    pthread_mutex_unlock(&lock);
    return WR_NOT_LIVE;
}

Stats *stats_new(void) {
    Stats *s = malloc(sizeof *s);
    if (s == NULL) return NULL;
    s->count = 0;
    s->sum = 0.0;
    s->min = INFINITY;
    s->max = -INFINITY;
    return hand_out(s, STATS);
}

int stats_free(Stats *stats) {
    int status = take_back(stats, STATS);
    if (status == WR_OK) free(stats);
    return status;
}

static void add(Stats *s, double v) {
    s->count++;
    s->sum += v;
    if (v < s->min) s->min = v;
    if (v > s->max) s->max = v;
}

int stats_push(Stats *stats, double value) {
    if (stats == NULL) return WR_NULL;
    if (isnan(value)) return WR_BAD_VALUE;
    add(stats, value);
    return WR_OK;
}

int stats_push_many(Stats *stats, const double *values, size_t n) {
    if (stats == NULL) return WR_NULL;
    if (n == 0) return WR_OK;
    if (values == NULL) return WR_NULL;
    for (size_t i = 0; i < n; i++)
        if (isnan(values[i])) return WR_BAD_VALUE;
    for (size_t i = 0; i < n; i++) add(stats, values[i]);
    return WR_OK;
}

int64_t stats_count(const Stats *stats) {
    return stats == NULL ? WR_NULL : (int64_t)stats->count;
}

// ANCHOR: stats_range
int stats_range(const Stats *stats, double *low, double *high) {
    if (stats == NULL || low == NULL || high == NULL) return WR_NULL;
    if (stats->count == 0) return WR_EMPTY;
    *low = stats->min;
    *high = stats->max;
    return WR_OK;
}
// ANCHOR_END: stats_range

int stats_mean(const Stats *stats, double *mean) {
    if (stats == NULL || mean == NULL) return WR_NULL;
    if (stats->count == 0) return WR_EMPTY;
    *mean = stats->sum / (double)stats->count;
    return WR_OK;
}

Histogram *hist_new(double lo, double hi, uint32_t bins) {
    if (bins == 0 || bins > 1000000 || !isfinite(lo) || !isfinite(hi) || !(lo < hi)) return NULL;
    Histogram *h = malloc(sizeof *h);
    if (h == NULL) return NULL;
    h->counts = calloc(bins, sizeof *h->counts);
    if (h->counts == NULL) {
        free(h);
        return NULL;
    }
    h->lo = lo;
    h->hi = hi;
    h->bins = bins;
    return hand_out(h, HISTOGRAM);
}

int hist_free(Histogram *hist) {
    int status = take_back(hist, HISTOGRAM);
    if (status == WR_OK) {
        free(hist->counts);
        free(hist);
    }
    return status;
}

int hist_add(Histogram *hist, double value) {
    if (hist == NULL) return WR_NULL;
    if (isnan(value) || value < hist->lo || value >= hist->hi) return WR_BAD_VALUE;
    size_t at = (size_t)((value - hist->lo) / (hist->hi - hist->lo) * hist->bins);
    if (at >= hist->bins) at = hist->bins - 1;
    hist->counts[at]++;
    return WR_OK;
}

int64_t hist_bin(const Histogram *hist, uint32_t bin) {
    if (hist == NULL) return WR_NULL;
    if (bin >= hist->bins) return WR_BAD_VALUE;
    return (int64_t)hist->counts[bin];
}

int64_t handles_live(void) {
    pthread_mutex_lock(&lock);
    int64_t n = live_count;
    pthread_mutex_unlock(&lock);
    return n;
}

int64_t handles_freed(void) {
    pthread_mutex_lock(&lock);
    int64_t n = freed;
    pthread_mutex_unlock(&lock);
    return n;
}

int64_t frees_refused(void) {
    pthread_mutex_lock(&lock);
    int64_t n = refused;
    pthread_mutex_unlock(&lock);
    return n;
}
