using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>driver/rtc</c> (<c>rtc_proc_show</c> in <c>drivers/rtc/proc.c</c>), hand-made: the capture machine has no RTC.</summary>
public class RealTimeClockTests
{
    /// <summary>An rtc-cmos clock: the common lines, then the driver's <c>cmos_procfs</c> lines.</summary>
    internal const string Cmos =
        "rtc_time\t: 12:34:56\n" +
        "rtc_date\t: 2026-12-04\n" +
        "alrm_time\t: 06:30:00\n" +
        "alrm_date\t: 2026-12-05\n" +
        "alarm_IRQ\t: no\n" +
        "alrm_pending\t: no\n" +
        "update IRQ enabled\t: no\n" +
        "periodic IRQ enabled\t: no\n" +
        "periodic IRQ frequency\t: 1024\n" +
        "max user IRQ frequency\t: 64\n" +
        "24hr\t\t: yes\n" +
        "periodic_IRQ\t: no\n" +
        "update_IRQ\t: no\n" +
        "HPET_emulated\t: yes\n" +
        "BCD\t\t: yes\n" +
        "DST_enable\t: no\n" +
        "periodic_freq\t: 1024\n" +
        "batt_status\t: okay\n";

    [Fact]
    public void Cmos_clock_common_and_driver_lines()
    {
        var rtc = RealTimeClock.Parse(Fixtures.Bytes(Cmos));

        Assert.Equal("12:34:56", rtc.Time);
        Assert.Equal("2026-12-04", rtc.Date);
        Assert.Equal(new DateTime(2026, 12, 4, 12, 34, 56), rtc.DateTime);
        Assert.Equal("06:30:00", rtc.AlarmTime);
        Assert.Equal("2026-12-05", rtc.AlarmDate);
        Assert.False(rtc.AlarmIrq);
        Assert.False(rtc.AlarmPending);
        Assert.False(rtc.UpdateIrqEnabled);
        Assert.False(rtc.PeriodicIrqEnabled);
        Assert.Equal(1024, rtc.PeriodicIrqFrequency);
        Assert.Equal(64, rtc.MaxUserIrqFrequency);
        Assert.True(rtc.TwentyFourHour);
        Assert.Equal("yes", rtc.DriverLines["HPET_emulated"]);
        Assert.Equal("okay", rtc.DriverLines["batt_status"]);
        Assert.Equal("1024", rtc.DriverLines["periodic_freq"]);
        Assert.Equal(7, rtc.DriverLines.Count);
    }

    [Fact]
    public void Clock_without_alarm_support_has_only_the_time()
    {
        var rtc = RealTimeClock.Parse("rtc_time\t: 23:59:59\nrtc_date\t: 2024-02-29\n24hr\t\t: yes\n"u8);

        Assert.Equal(new DateTime(2024, 2, 29, 23, 59, 59), rtc.DateTime);
        Assert.Null(rtc.AlarmTime);
        Assert.Null(rtc.AlarmIrq);
        Assert.Empty(rtc.DriverLines);
    }

    [Fact]
    public void Malformed_fails_located()
    {
        ParseAssert.Fails(s => RealTimeClock.Parse(s), Cmos.Replace("alarm_IRQ\t: no", "alarm_IRQ\t: maybe"), 5, 13, "");
        Assert.Throws<ProcParseException>(() => RealTimeClock.Parse("alrm_time\t: 06:30:00\n"u8));
    }
}
