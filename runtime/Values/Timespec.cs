using System;
using System.Globalization;

namespace ProcGen;

/// <summary>
/// A <c>struct timespec</c> printed as <c>(seconds, nanoseconds)</c>: timerfd's <c>it_value: (0, 49406829)</c> and
/// <c>it_interval: (1, 0)</c> in <c>/proc/[pid]/fdinfo/N</c> (<c>timerfd_show</c> in <c>fs/timerfd.c</c>, printed
/// with <c>%llu</c>). Nanoseconds must be below one second, as the kernel normalizes them.
/// </summary>
/// <param name="Seconds">Whole seconds.</param>
/// <param name="Nanoseconds">Nanoseconds, 0 … 999,999,999.</param>
public readonly record struct Timespec(ulong Seconds, uint Nanoseconds) : IProcValue<Timespec>
{
    /// <summary>
    /// The time as a <see cref="TimeSpan"/>, rounded down to its 100 ns ticks; <see cref="TimeSpan.MaxValue"/> when the
    /// seconds exceed what a <see cref="TimeSpan"/> holds.
    /// </summary>
    public TimeSpan Duration => Seconds >= (ulong)(TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerSecond)
        ? TimeSpan.MaxValue
        : TimeSpan.FromTicks((long)Seconds * TimeSpan.TicksPerSecond + Nanoseconds / 100);

    /// <summary>Whether both parts are zero (a disarmed timer's <c>it_value</c>, a one-shot timer's <c>it_interval</c>).</summary>
    public bool IsZero => Seconds == 0 && Nanoseconds == 0;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out Timespec value)
    {
        value = default;
        if (utf8.Length < 5 || utf8[0] != (byte)'(' || utf8[^1] != (byte)')') return false;
        var inside = utf8[1..^1];
        int comma = inside.IndexOf((byte)',');
        if (comma < 0
            || !ProcNumber.TryParseDecimal(ProcText.Trim(inside[..comma]), out ulong seconds)
            || !ProcNumber.TryParseDecimal(ProcText.Trim(inside[(comma + 1)..]), out uint nanoseconds)
            || nanoseconds >= 1_000_000_000)
            return false;
        value = new Timespec(seconds, nanoseconds);
        return true;
    }

    /// <summary>As the kernel prints it: <c>(1, 500000000)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({Seconds}, {Nanoseconds})");
}
