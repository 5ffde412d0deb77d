using System;

namespace ProcGen;

/// <summary>
/// Facts about the host a proc tree came from that some conversions need: clock ticks per second (CPU times in
/// <c>{pid}/stat</c>) and the page size (<c>{pid}/statm</c>). <see cref="Current"/> reads the running host; a
/// snapshot taken elsewhere passes its own to <see cref="ProcFs"/>.
/// </summary>
public sealed record HostInfo(long ClockTicksPerSecond, long PageSize)
{
    private static readonly Lazy<HostInfo> s_current = new(() =>
    {
        long ticks = OperatingSystem.IsLinux() ? LibC.ClockTicksPerSecond() : 100;
        return new HostInfo(ticks > 0 ? ticks : 100, Environment.SystemPageSize);
    });

    /// <summary>The running host: <c>sysconf(_SC_CLK_TCK)</c> and the system page size.</summary>
    public static HostInfo Current => s_current.Value;

    /// <summary>A duration in clock ticks as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan TicksToTimeSpan(ulong ticks) => TimeSpan.FromSeconds((double)ticks / ClockTicksPerSecond);

    /// <summary>A count of pages in bytes.</summary>
    public ulong PagesToBytes(ulong pages) => checked(pages * (ulong)PageSize);
}
