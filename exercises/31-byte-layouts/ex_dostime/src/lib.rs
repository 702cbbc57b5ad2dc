//! The library of the chapter 31 exercise (the learner does not change it).

// ANCHOR: functions
/// What `dos_time_pack` returns for a time that does not exist (hour 31 never does).
pub const DOS_TIME_INVALID: u16 = 0xFFFF;

/// The DOS time of day, as FAT file systems and ZIP archives store it in 16 bits:
/// bits 0-4 hold the seconds divided by 2, bits 5-10 the minutes, bits 11-15 the hours.
#[unsafe(no_mangle)]
pub extern "C" fn dos_time_pack(hours: u8, minutes: u8, seconds: u8) -> u16 {
    if hours > 23 || minutes > 59 || seconds > 59 {
        return DOS_TIME_INVALID;
    }
    (u16::from(hours) << 11) | (u16::from(minutes) << 5) | u16::from(seconds / 2)
}

/// The seconds since midnight of the DOS time at `time`, or `u32::MAX` if `time` is
/// NULL or its fields are out of range.
///
/// # Safety
/// `time` must be NULL or point to a readable, 2-byte-aligned `u16`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dos_time_seconds(time: *const u16) -> u32 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a readable u16.
    let Some(&bits) = (unsafe { time.as_ref() }) else {
        return u32::MAX;
    };
    let (hours, minutes, two_seconds) = (bits >> 11, (bits >> 5) & 0x3f, bits & 0x1f);
    if hours > 23 || minutes > 59 || two_seconds > 29 {
        return u32::MAX;
    }
    u32::from(hours) * 3600 + u32::from(minutes) * 60 + u32::from(two_seconds) * 2
}
// ANCHOR_END: functions
