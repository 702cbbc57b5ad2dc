/* The C twin of cdylib/callbacks_ctx: callbacks with user_data, from this thread and from a
 * worker thread (POSIX threads), and points handed over by value and by pointer. */
#include <pthread.h>
#include <stddef.h>

typedef int (*Visit)(int item, void *user_data);

static int visit_all(int count, Visit visit, void *user_data) {
    int calls = 0;
    for (int item = 0; item < count; item++) {
        calls++;
        if (visit(item, user_data) != 0) break;
    }
    return calls;
}

int for_each_item(int count, Visit visit, void *user_data) {
    if (visit == NULL || count < 0) return -1;
    return visit_all(count, visit, user_data);
}

// ANCHOR: run_in_worker
typedef struct {
    int count;
    Visit visit;
    void *user_data;
    int calls;
} Job;

static void *work(void *arg) {
    Job *job = arg;
    job->calls = visit_all(job->count, job->visit, job->user_data);
    return NULL;
}

int run_in_worker(int count, Visit visit, void *user_data) {
    if (visit == NULL || count < 0) return -1;
    Job job = {count, visit, user_data, 0};
    pthread_t worker;
    if (pthread_create(&worker, NULL, work, &job) != 0) return -2;
    pthread_join(worker, NULL); /* blocks until the worker is done */
    return job.calls;
}
// ANCHOR_END: run_in_worker

static pthread_mutex_t handler_lock = PTHREAD_MUTEX_INITIALIZER;
static Visit handler;
static void *handler_data;

void set_handler(Visit new_handler, void *user_data) {
    pthread_mutex_lock(&handler_lock);
    handler = new_handler;
    handler_data = new_handler != NULL ? user_data : NULL;
    pthread_mutex_unlock(&handler_lock);
}

int fire(int event) {
    pthread_mutex_lock(&handler_lock);
    Visit handle = handler;
    void *user_data = handler_data;
    pthread_mutex_unlock(&handler_lock); /* not locked during the call */
    return handle != NULL ? handle(event, user_data) : -1;
}

typedef struct {
    double x;
    double y;
} Point;

typedef Point (*MakePoint)(int item, void *user_data);
typedef int (*FillPoint)(int item, Point *out, void *user_data);
typedef int (*TakePoint)(Point point, void *user_data);

int sum_points_by_value(int count, MakePoint make, void *user_data, Point *total) {
    if (make == NULL || total == NULL || count < 0) return -1;
    Point sum = {0, 0};
    for (int item = 0; item < count; item++) {
        Point p = make(item, user_data);
        sum.x += p.x;
        sum.y += p.y;
    }
    *total = sum;
    return 0;
}

int sum_points(int count, FillPoint fill, void *user_data, Point *total) {
    if (fill == NULL || total == NULL || count < 0) return -1;
    Point sum = {0, 0};
    int added = 0;
    for (int item = 0; item < count; item++) {
        Point p = {0, 0}; /* the callback writes into this */
        if (fill(item, &p, user_data) != 0) break;
        sum.x += p.x;
        sum.y += p.y;
        added++;
    }
    *total = sum;
    return added;
}

int emit_points(int count, TakePoint take, void *user_data) {
    if (take == NULL || count < 0) return -1;
    int calls = 0;
    for (int item = 0; item < count; item++) {
        calls++;
        Point p = {item, (double)item * item};
        if (take(p, user_data) != 0) break;
    }
    return calls;
}
