using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// The whole of <c>/proc/timer_stats</c>, which kernels 2.6.21 to 4.10 had with <c>CONFIG_TIMER_STATS</c>
/// (<c>tstats_show</c> in <c>kernel/time/timer_stats.c</c>): a header of <c>Name: value</c> lines, one line per
/// timer, and a line of totals.
/// </summary>
/// <remarks>
/// <code>
/// Timer Stats Version: v0.3
/// Sample period: 3.888 s
/// Overflow: 2 entries            (only when entries were lost)
/// Collection: inactive
///   12,     0 swapper          hrtimer_start_range_ns (tick_sched_timer)
///    3D,  1204 kworker/0:1      queue_delayed_work_on (delayed_work_timer_fn)
/// 15 total events, 3.858 events/sec
/// </code>
/// The file mixes three shapes of line, so it is read as one value; the rows are in <see cref="Entries"/>.
/// </remarks>
public sealed class TimerStatsReport : IProcValue<TimerStatsReport>
{
    private readonly TimerStatsEntry[] _entries;

    private TimerStatsReport(string version, TimeSpan samplePeriod, int overflowCount, bool isCollecting, TimerStatsEntry[] entries, ulong totalEvents, double? eventsPerSecond)
    {
        Version = version;
        SamplePeriod = samplePeriod;
        OverflowCount = overflowCount;
        IsCollecting = isCollecting;
        _entries = entries;
        TotalEvents = totalEvents;
        EventsPerSecond = eventsPerSecond;
    }

    /// <summary>The format version the kernel names (<c>v0.3</c> in the last kernels that had the file).</summary>
    public string Version { get; }

    /// <summary>How long statistics were collected: from <c>echo 1</c> to <c>echo 0</c>, or until now while active (ms precision).</summary>
    public TimeSpan SamplePeriod { get; }

    /// <summary>Timer events that found no free entry and were not counted (<c>Overflow:</c>); 0 when the line is absent.</summary>
    public int OverflowCount { get; }

    /// <summary>Whether collection is still running (<c>Collection: active</c>).</summary>
    public bool IsCollecting { get; }

    /// <summary>One entry per (timer, start function, expire function, process), in the kernel's order.</summary>
    public IReadOnlyList<TimerStatsEntry> Entries => _entries;

    /// <summary>The sum of the entries' counts, as the last line prints it.</summary>
    public ulong TotalEvents { get; }

    /// <summary>Events per second over the sample period (3 decimals); <c>null</c> when the kernel printed no rate (no events, or a period under a second).</summary>
    public double? EventsPerSecond { get; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out TimerStatsReport value)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out value, ref failure);
    }

    /// <summary>The line <see cref="TryParse(ReadOnlySpan{byte}, out TimerStatsReport)"/> stopped at, and what it expected there.</summary>
    public static ProcValueError? Diagnose(ReadOnlySpan<byte> utf8)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out _, ref failure) ? null : failure.ToError(utf8);
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out TimerStatsReport value, ref ProcValueFailure failure)
    {
        value = null!;
        int position = 0;
        var end = utf8[utf8.Length..];
        if (!ProcText.NextNonBlankLine(utf8, ref position, out var line) || !line.StartsWith("Timer Stats Version:"u8)) return failure.At(line, "'Timer Stats Version:' first");
        var version = ProcText.Trim(line["Timer Stats Version:"u8.Length..]);
        if (version.IsEmpty) return failure.At(version, "the version after 'Timer Stats Version:'");

        // "Sample period: %ld.%03ld s"
        if (!ProcText.NextNonBlankLine(utf8, ref position, out line) || !line.StartsWith("Sample period:"u8) || !line.EndsWith(" s"u8)
            || !TryParseMilliseconds(ProcText.Trim(line["Sample period:"u8.Length..^2]), out long periodMs)
            || periodMs > TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMillisecond)
            return failure.At(line, "'Sample period: S.mmm s' on the second line");

        if (!ProcText.NextNonBlankLine(utf8, ref position, out line)) return failure.At(end, "'Collection: active' or 'Collection: inactive'");
        int overflow = 0;
        if (line.StartsWith("Overflow:"u8))
        {
            if (!line.EndsWith(" entries"u8) || !ProcNumber.TryParseDecimal(ProcText.Trim(line["Overflow:"u8.Length..^" entries"u8.Length]), out overflow))
                return failure.At(line, "'Overflow: N entries'");
            if (!ProcText.NextNonBlankLine(utf8, ref position, out line)) return failure.At(end, "'Collection: active' or 'Collection: inactive'");
        }

        bool collecting;
        if (line.SequenceEqual("Collection: active"u8)) collecting = true;
        else if (line.SequenceEqual("Collection: inactive"u8)) collecting = false;
        else return failure.At(line, "'Collection: active' or 'Collection: inactive'");

        var entries = new List<TimerStatsEntry>();
        while (true)
        {
            if (!ProcText.NextNonBlankLine(utf8, ref position, out line)) return failure.At(end, "the totals line ('N total events')"); // always printed
            if (TryParseTotals(line, out ulong total, out double? rate))
            {
                // Nothing may follow the totals.
                if (ProcText.NextNonBlankLine(utf8, ref position, out var after)) return failure.At(after, "the end of the file after the totals line");
                value = new TimerStatsReport(FieldParser.String(version), TimeSpan.FromTicks(periodMs * TimeSpan.TicksPerMillisecond), overflow, collecting, entries.ToArray(), total, rate);
                return true;
            }
            if (!TryParseEntry(line, out var entry))
                return failure.At(line, "an entry 'count[D], pid comm start_func (expire_func)' or the totals line");
            entries.Add(entry);
        }
    }

    private static bool TryParseEntry(ReadOnlySpan<byte> line, out TimerStatsEntry entry)
    {
        entry = default;
        int position = 0;
        var countText = ProcText.NextField(line, ref position);
        if (countText.Length < 2 || countText[^1] != (byte)',') return false;
        countText = countText[..^1];
        bool deferrable = countText[^1] == (byte)'D';
        if (deferrable) countText = countText[..^1];
        if (!ProcText.IsDigits(countText) || !ProcNumber.TryParseDecimal(countText, out ulong count)) return false;
        if (!ProcNumber.TryParseDecimal(ProcText.NextField(line, ref position), out int pid)) return false;

        // The rest: "<comm padded to 16> start_func (expire_func)"; comm may contain blanks, the symbols do not.
        var rest = ProcText.Trim(line[position..]);
        int open = rest.LastIndexOf(" ("u8);
        if (open < 0 || rest[^1] != (byte)')') return false;
        var expire = rest[(open + 2)..^1];
        var before = ProcText.Trim(rest[..open]);
        int blank = before.LastIndexOfAny((byte)' ', (byte)'\t');
        var start = before[(blank + 1)..];
        var command = blank < 0 ? default : ProcText.Trim(before[..blank]);
        if (expire.IsEmpty || start.IsEmpty) return false;
        entry = new TimerStatsEntry(count, deferrable, pid, FieldParser.String(command), FieldParser.String(start), FieldParser.String(expire));
        return true;
    }

    // "%ld total events" or "%ld total events, %ld.%03ld events/sec".
    private static bool TryParseTotals(ReadOnlySpan<byte> line, out ulong total, out double? rate)
    {
        total = 0;
        rate = null;
        int at = line.IndexOf(" total events"u8);
        if (at <= 0 || !ProcText.IsDigits(line[..at]) || !ProcNumber.TryParseDecimal(line[..at], out total)) return false;
        var rest = line[(at + " total events"u8.Length)..];
        if (rest.IsEmpty) return true;
        if (!rest.StartsWith(", "u8) || !rest.EndsWith(" events/sec"u8)
            || !TryParseMilliseconds(rest[2..^" events/sec"u8.Length], out long thousandths))
            return false;
        rate = thousandths / 1000.0;
        return true;
    }

    // "%ld.%03ld": whole units and exactly three decimals, as thousandths.
    private static bool TryParseMilliseconds(ReadOnlySpan<byte> text, out long thousandths)
    {
        thousandths = 0;
        int dot = text.IndexOf((byte)'.');
        if (dot <= 0 || text.Length - dot != 4 || !ProcText.IsDigits(text[..dot]) || !ProcText.IsDigits(text[(dot + 1)..])
            || !ProcNumber.TryParseDecimal(text[..dot], out long whole) || whole > long.MaxValue / 1000 - 1
            || !ProcNumber.TryParseDecimal(text[(dot + 1)..], out int fraction))
            return false;
        thousandths = whole * 1000 + fraction;
        return true;
    }



    public override string ToString() => FormattableString.Invariant($"timer_stats {Version}: {_entries.Length} entries, {TotalEvents} events in {SamplePeriod.TotalSeconds:0.000} s");
}
