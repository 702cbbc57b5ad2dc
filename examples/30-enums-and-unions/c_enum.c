// A C-only library: a function that takes a C enum, which in C is an int.
typedef enum { Shape_Circle, Shape_Square, Shape_Triangle } Shape;

// ANCHOR: shape_corners
int shape_corners(Shape shape) {
    switch (shape) {
        case Shape_Circle:
            return 0;
        case Shape_Square:
            return 4;
        case Shape_Triangle:
            return 3;
        default:
            return -1;  // 7 arrives here: defined behaviour in C
    }
}
// ANCHOR_END: shape_corners
