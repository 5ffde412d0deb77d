using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/driver/rtc</c>: the first real-time clock (<c>rtc0</c>) and its alarm, <c>key\t: value</c> lines
/// (<c>rtc_proc_show</c> in <c>drivers/rtc/proc.c</c>: <c>rtc_time\t: 12:34:56</c> printed with <c>%ptRt</c>,
/// <c>rtc_date\t: 2026-12-04</c> with <c>%ptRd</c>, <c>yes</c>/<c>no</c> flags), followed by lines of the driver's
/// own <c>proc</c> hook (<c>rtc-cmos</c>: <c>periodic_IRQ</c>, <c>HPET_emulated</c>, <c>batt_status</c>…), kept in
/// <see cref="DriverLines"/>. The clock usually runs in UTC; nothing in the file says so.
/// </summary>
[ProcFile("driver/rtc"), KeyValue(Separator = ':')]
public sealed partial record RealTimeClock
{
    /// <summary>The clock's time of day, <c>HH:MM:SS</c>.</summary>
    [Key("rtc_time")] public required string Time { get; init; }

    /// <summary>The clock's date, <c>YYYY-MM-DD</c>.</summary>
    [Key("rtc_date")] public required string Date { get; init; }

    /// <summary>The alarm's time of day.</summary>
    [Key("alrm_time")] public string? AlarmTime { get; init; }

    /// <summary>The alarm's date (fields the hardware does not keep may print as <c>**</c> on old kernels).</summary>
    [Key("alrm_date")] public string? AlarmDate { get; init; }

    /// <summary>Whether the alarm interrupt is enabled.</summary>
    [Key("alarm_IRQ")] public bool? AlarmIrq { get; init; }

    /// <summary>Whether an alarm is pending.</summary>
    [Key("alrm_pending")] public bool? AlarmPending { get; init; }

    /// <summary>Whether the once-per-second update interrupt is enabled.</summary>
    [Key("update IRQ enabled")] public bool? UpdateIrqEnabled { get; init; }

    /// <summary>Whether the periodic interrupt is enabled.</summary>
    [Key("periodic IRQ enabled")] public bool? PeriodicIrqEnabled { get; init; }

    /// <summary>The periodic interrupt's rate in Hz.</summary>
    [Key("periodic IRQ frequency")] public int? PeriodicIrqFrequency { get; init; }

    /// <summary>The highest periodic rate an unprivileged user may set, in Hz.</summary>
    [Key("max user IRQ frequency")] public int? MaxUserIrqFrequency { get; init; }

    /// <summary>Always <c>yes</c>: the kernel keeps the clock in 24-hour mode.</summary>
    [Key("24hr")] public bool? TwentyFourHour { get; init; }

    /// <summary>The driver's own lines, by key (<c>periodic_IRQ</c> → <c>no</c>, <c>batt_status</c> → <c>okay</c>).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> DriverLines { get; init; }

    /// <summary>The clock's date and time, or <c>null</c> when they do not read as a date.</summary>
    public DateTime? DateTime
        => System.DateTime.TryParseExact(Date + " " + Time, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;
}
