// What rustc says about a match arm for "any other value" of a fieldless enum.
#[repr(C)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
}

// ANCHOR: defensive
#[unsafe(no_mangle)]
pub extern "C" fn shape_corners(shape: Shape) -> i32 {
    match shape {
        Shape::Circle => 0,
        Shape::Square => 4,
        Shape::Triangle => 3,
        _ => -1, // "just in case Python passes 7"
    }
}
// ANCHOR_END: defensive
