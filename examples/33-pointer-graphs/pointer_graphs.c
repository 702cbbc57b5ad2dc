// The C twin of cdylib/pointer_graphs: the same lists and the same linked list, with
// malloc, strtok_r and free.
#define _POSIX_C_SOURCE 200809L  // strdup, strtok_r
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ERR_NULL -1
#define ERR_INVALID -3

static int live = 0;

int live_allocations(void) {
    return live;
}

int argv_count(const char *const *list) {
    if (list == NULL) {
        return ERR_NULL;
    }
    int n = 0;
    while (list[n] != NULL) {
        n++;
    }
    return n;
}

ptrdiff_t argv_join(int argc, const char *const *argv, char *out, size_t capacity) {
    if (argc < 0) {
        return ERR_INVALID;
    }
    if ((argc > 0 && argv == NULL) || (out == NULL && capacity > 0)) {
        return ERR_NULL;
    }
    size_t total = 0;
    for (int i = 0; i < argc; i++) {
        if (argv[i] == NULL) {
            return ERR_NULL;
        }
        total += (i > 0) + strlen(argv[i]);
    }
    size_t at = 0;
    for (int i = 0; i < argc && capacity > 0; i++) {
        const char *piece = argv[i];
        if (i > 0 && at + 1 < capacity) {
            out[at++] = ' ';
        }
        for (; *piece != '\0' && at + 1 < capacity; piece++) {
            out[at++] = *piece;
        }
    }
    if (capacity > 0) {
        out[at] = '\0';
    }
    return (ptrdiff_t)total;
}

// ANCHOR: CommandLine
typedef struct CommandLine {
    int argc;
    const char **argv;  // a copy of the array of pointers; the strings stay the caller's
} CommandLine;

CommandLine *cmdline_new(int argc, const char *const *argv) {
    if (argc < 0 || (argc > 0 && argv == NULL)) {
        return NULL;
    }
    for (int i = 0; i < argc; i++) {
        if (argv[i] == NULL) {
            return NULL;
        }
    }
    CommandLine *cl = malloc(sizeof *cl);
    const char **copy = malloc((argc + 1) * sizeof *copy);
    if (cl == NULL || copy == NULL) {
        free(cl);
        free(copy);
        return NULL;
    }
    for (int i = 0; i < argc; i++) {
        copy[i] = argv[i];  // the pointer, not the string
    }
    cl->argc = argc;
    cl->argv = copy;
    live++;
    return cl;
}
// ANCHOR_END: CommandLine

const char *cmdline_option(const CommandLine *cl, const char *name) {
    if (cl == NULL || name == NULL) {
        return NULL;
    }
    size_t n = strlen(name);
    const char *found = NULL;
    for (int i = 0; i < cl->argc; i++) {
        const char *arg = cl->argv[i];
        if (strncmp(arg, "--", 2) == 0 && strncmp(arg + 2, name, n) == 0 && arg[2 + n] == '=') {
            found = arg + 2 + n + 1;
        }
    }
    return found;
}

void cmdline_free(CommandLine *cl) {
    if (cl != NULL) {
        free(cl->argv);
        free(cl);
        live--;
    }
}

// ANCHOR: words_split
char **words_split(const char *text) {
    if (text == NULL) {
        return NULL;
    }
    // strtok_r writes a NUL over every separator: it must work on a copy, never on the
    // caller's string (which may be the inside of a Python bytes object).
    char *copy = strdup(text);
    size_t most = strlen(text) / 2 + 2;  // words, and the NULL at the end
    char **words = calloc(most, sizeof *words);
    if (copy == NULL || words == NULL) {
        free(copy);
        free(words);
        return NULL;
    }
    size_t n = 0;
    char *state = NULL;
    for (char *word = strtok_r(copy, " ", &state); word != NULL;
         word = strtok_r(NULL, " ", &state)) {
        words[n++] = strdup(word);
    }
    words[n] = NULL;  // calloc zeroed it already; this line says that it matters
    free(copy);
    live++;
    return words;
}
// ANCHOR_END: words_split

void words_free(char **words) {
    if (words == NULL) {
        return;
    }
    for (size_t i = 0; words[i] != NULL; i++) {
        free(words[i]);
    }
    free(words);
    live--;
}

// ANCHOR: Node
typedef struct Node {
    int32_t value;
    struct Node *next;  // the tag `struct Node` exists here; the typedef name does not yet
} Node;
// ANCHOR_END: Node

int list_from_values(const int32_t *values, size_t n, Node **out) {
    if (out == NULL) {
        return ERR_NULL;
    }
    *out = NULL;
    if (n == 0) {
        return 0;
    }
    if (values == NULL) {
        return ERR_NULL;
    }
    Node *head = NULL;
    for (size_t i = n; i-- > 0;) {
        Node *node = malloc(sizeof *node);
        if (node == NULL) {
            return ERR_NULL;  // (a real library would free what it built so far)
        }
        node->value = values[i];
        node->next = head;
        head = node;
        live++;
    }
    *out = head;
    return 0;
}

#define LIST_CYCLE INT64_MIN

int64_t list_sum(const Node *head) {
    const Node *node = head, *hare = head;
    int64_t sum = 0;
    while (node != NULL) {
        sum += node->value;
        node = node->next;
        for (int i = 0; i < 2 && hare != NULL; i++) {
            hare = hare->next;
        }
        if (node != NULL && node == hare) {
            return LIST_CYCLE;
        }
    }
    return sum;
}

int list_reverse(Node **head) {
    if (head == NULL) {
        return ERR_NULL;
    }
    Node *previous = NULL, *node = *head;
    while (node != NULL) {
        Node *next = node->next;
        node->next = previous;
        previous = node;
        node = next;
    }
    *head = previous;
    return 0;
}

void list_free(Node *head) {
    while (head != NULL) {
        Node *next = head->next;
        free(head);
        live--;
        head = next;
    }
}
