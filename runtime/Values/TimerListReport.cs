using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// One pending timer of <c>/proc/timer_list</c> (<c>print_timer</c>: <c> #%d: &lt;%pK&gt;, %ps, S:%02x</c> then
/// <c> # expires at %Lu-%Lu nsecs [in %Ld to %Ld nsecs]</c>). Times are nanoseconds of the base's clock.
/// </summary>
/// <param name="Number">The position in the base's queue (<c>#0</c> expires first).</param>
/// <param name="Address">The hashed address of the <c>struct hrtimer</c>, as printed between the angle brackets.</param>
/// <param name="Function">The callback (<c>tick_nohz_handler</c>, <c>hrtimer_wakeup</c> …).</param>
/// <param name="State">The hrtimer state bits (<c>S:01</c>: enqueued).</param>
/// <param name="SoftExpiresNanoseconds">The earliest expiry the timer allows (the start of its slack range).</param>
/// <param name="ExpiresNanoseconds">The latest expiry (soft expiry plus slack).</param>
public sealed record PendingTimer(int Number, string Address, string Function, int State, long SoftExpiresNanoseconds, long ExpiresNanoseconds);

/// <summary>
/// One clock base of one CPU in <c>/proc/timer_list</c> (<c>print_base</c>: <c> clock %d:</c>, <c>.base</c>,
/// <c>.index</c>, <c>.resolution</c>, <c>.get_time</c> on older kernels, <c>.offset</c>, then its active timers).
/// </summary>
/// <param name="Index">The clock base index (monotonic, realtime, boottime, tai, then their soft variants).</param>
/// <param name="Base">The hashed address of the base (<c>.base</c>).</param>
/// <param name="ResolutionNanoseconds">The base's resolution (<c>.resolution: 1 nsecs</c> with high resolution timers).</param>
/// <param name="GetTime">The clock read function (<c>.get_time</c>, e.g. <c>ktime_get</c>); <c>null</c> on kernels that no longer print it.</param>
/// <param name="OffsetNanoseconds">The base's offset from the monotonic clock (<c>.offset</c>); <c>null</c> without CONFIG_HIGH_RES_TIMERS, which prints no offset.</param>
/// <param name="ActiveTimers">The pending timers, earliest first.</param>
public sealed record ClockBase(int Index, string Base, long ResolutionNanoseconds, string? GetTime, long? OffsetNanoseconds, IReadOnlyList<PendingTimer> ActiveTimers);

/// <summary>
/// One CPU of <c>/proc/timer_list</c> (<c>print_cpu</c>): its clock bases, then the <c>.key: value</c> lines of its
/// <c>hrtimer_cpu_base</c> and <c>tick_sched</c> (<c>.expires_next</c>, <c>.nr_events</c>, <c>.idle_sleeptime</c> …) and
/// <c>jiffies</c>, whose set depends on the configuration: they are kept as printed, without the dot.
/// </summary>
/// <param name="Cpu">The CPU number.</param>
/// <param name="ClockBases">The clock bases, in index order.</param>
/// <param name="Values">The CPU's other lines by key, values as printed (<c>12419584000000 nsecs</c>, <c>1</c>).</param>
public sealed record TimerListCpu(int Cpu, IReadOnlyList<ClockBase> ClockBases, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// One <c>Tick Device:</c> section of <c>/proc/timer_list</c> (<c>print_tickdevice</c>): the broadcast device or one
/// CPU's, its clock event device and that device's lines.
/// </summary>
/// <param name="Mode">The tick device mode (<c>mode: 0</c> periodic, <c>1</c> oneshot).</param>
/// <param name="Cpu">The CPU of a per-CPU device; <c>null</c> for the broadcast device.</param>
/// <param name="ClockEventDevice">The clock event device's name (<c>lapic-deadline</c>); <c>null</c> for <c>&lt;NULL&gt;</c>.</param>
/// <param name="Values">Every other <c>key: value</c> line of the section by key, values as printed (<c>max_delta_ns</c>, <c>event_handler</c>, <c>Wakeup Device</c>, <c>tick_broadcast_mask</c> …).</param>
public sealed record TickDevice(int Mode, int? Cpu, string? ClockEventDevice, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// The whole of <c>/proc/timer_list</c> (<c>timer_list_show</c> in <c>kernel/time/timer_list.c</c>):
/// <code>
/// Timer List Version: v0.10
/// HRTIMER_MAX_CLOCK_BASES: 8
/// now at 12419581329028 nsecs
///
/// cpu: 0
///  clock 0:
///   .base:       000000002b165281
///   .index:      0
///   .resolution: 1 nsecs
///   .offset:     0 nsecs
/// active timers:
///  #0: &lt;00000000b04289bb&gt;, tick_nohz_handler, S:01
///  # expires at 12419584000000-12419584000000 nsecs [in 2670972 to 2670972 nsecs]
///   .expires_next   : 12419584000000 nsecs
/// jiffies: 4297997371
///
/// Tick Device: mode:     1
/// Per CPU device: 0
/// Clock Event Device: lapic-deadline
///  max_delta_ns:   1101577658433
/// </code>
/// </summary>
public sealed class TimerListReport : IProcValue<TimerListReport>
{
    private TimerListReport(string version, int maxClockBases, long nowNanoseconds, TimerListCpu[] cpus, TickDevice[] tickDevices)
    {
        Version = version;
        MaxClockBases = maxClockBases;
        NowNanoseconds = nowNanoseconds;
        Cpus = cpus;
        TickDevices = tickDevices;
    }

    /// <summary>The format version (<c>v0.10</c> on 6.x kernels, <c>v0.9</c> and older before).</summary>
    public string Version { get; }

    /// <summary>The number of clock bases per CPU (<c>HRTIMER_MAX_CLOCK_BASES</c>).</summary>
    public int MaxClockBases { get; }

    /// <summary>The monotonic clock when the file was printed (<c>now at %Ld nsecs</c>), in nanoseconds.</summary>
    public long NowNanoseconds { get; }

    /// <summary>The online CPUs, in order.</summary>
    public IReadOnlyList<TimerListCpu> Cpus { get; }

    /// <summary>The tick devices: the broadcast device (with CONFIG_GENERIC_CLOCKEVENTS_BROADCAST), then one per CPU.</summary>
    public IReadOnlyList<TickDevice> TickDevices { get; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out TimerListReport value)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out value, ref failure);
    }

    /// <summary>The line (and field, where it is one) <see cref="TryParse(ReadOnlySpan{byte}, out TimerListReport)"/> stopped at, and what it expected.</summary>
    public static ProcValueError? Diagnose(ReadOnlySpan<byte> utf8)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out _, ref failure) ? null : failure.ToError(utf8);
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out TimerListReport value, ref ProcValueFailure failure)
    {
        value = null!;
        int position = 0;
        var end = utf8[utf8.Length..];
        if (!ProcText.NextNonBlankLine(utf8, ref position, out var line) || !TryValue(line, "Timer List Version:"u8, out var version))
            return failure.At(line, "'Timer List Version: v0.N' first");
        if (!ProcText.NextNonBlankLine(utf8, ref position, out line) || !TryValue(line, "HRTIMER_MAX_CLOCK_BASES:"u8, out var maxText))
            return failure.At(line, "'HRTIMER_MAX_CLOCK_BASES:' on the second line");
        if (!ProcNumber.TryParseDecimal(maxText, out int maxBases)) return failure.At(maxText, "the number of clock bases");
        if (!ProcText.NextNonBlankLine(utf8, ref position, out line) || !line.StartsWith("now at "u8) || !line.EndsWith(" nsecs"u8)
            || !TryNanoseconds(line["now at "u8.Length..], out long now))
            return failure.At(line, "'now at N nsecs' on the third line");

        var cpus = new List<TimerListCpu>();
        var ticks = new List<TickDevice>();
        bool more = ProcText.NextNonBlankLine(utf8, ref position, out line);
        while (more && line.StartsWith("cpu:"u8))
        {
            var cpuField = ProcText.Trim(line["cpu:"u8.Length..]);
            if (!ProcNumber.TryParseDecimal(cpuField, out int cpu)) return failure.At(cpuField, "the CPU number after 'cpu:'");
            var bases = new List<ClockBase>();
            var values = new Dictionary<string, string>();
            more = ProcText.NextNonBlankLine(utf8, ref position, out line);
            while (more && ProcText.Trim(line).StartsWith("clock "u8))
            {
                if (!TryReadClockBase(utf8, ref position, ref line, ref more, out var clockBase, ref failure)) return false;
                bases.Add(clockBase);
            }
            // The CPU's own lines: "  .key: value" and "jiffies: %Lu", up to the next CPU or tick device.
            while (more && !line.StartsWith("cpu:"u8) && !line.StartsWith("Tick Device:"u8))
            {
                if (!TryKeyValue(line, values, ref failure)) return false;
                more = ProcText.NextNonBlankLine(utf8, ref position, out line);
            }
            cpus.Add(new TimerListCpu(cpu, bases.ToArray(), values));
        }
        while (more)
        {
            // "Tick Device: mode:     %d", then "Broadcast device" or "Per CPU device: %d", then key: value lines.
            if (!line.StartsWith("Tick Device:"u8) || !TryValue(line, "Tick Device: mode:"u8, out var modeText)
                || !ProcNumber.TryParseDecimal(modeText, out int mode))
                return failure.At(line, cpus.Count == 0 ? "'cpu: N' or 'Tick Device: mode: N'" : "'Tick Device: mode: N' after the CPUs");
            int? cpu = null;
            string? device = null;
            var values = new Dictionary<string, string>();
            more = ProcText.NextNonBlankLine(utf8, ref position, out line);
            if (more && line.SequenceEqual("Broadcast device"u8)) more = ProcText.NextNonBlankLine(utf8, ref position, out line);
            else if (more && TryValue(line, "Per CPU device:"u8, out var cpuText))
            {
                if (!ProcNumber.TryParseDecimal(cpuText, out int number)) return failure.At(cpuText, "the CPU number after 'Per CPU device:'");
                cpu = number;
                more = ProcText.NextNonBlankLine(utf8, ref position, out line);
            }
            else return failure.At(more ? line : end, "'Broadcast device' or 'Per CPU device: N' after 'Tick Device:'");
            if (!more || !TryValue(line, "Clock Event Device:"u8, out var deviceText))
                return failure.At(more ? line : end, "'Clock Event Device:' and the device's name");
            if (!deviceText.SequenceEqual("<NULL>"u8)) device = FieldParser.String(deviceText);
            more = ProcText.NextNonBlankLine(utf8, ref position, out line);
            while (more && !line.StartsWith("Tick Device:"u8))
            {
                if (!TryKeyValue(line, values, ref failure)) return false;
                more = ProcText.NextNonBlankLine(utf8, ref position, out line);
            }
            ticks.Add(new TickDevice(mode, cpu, device, values));
        }
        if (cpus.Count == 0) return failure.At(end, "at least one 'cpu: N' section");
        value = new TimerListReport(FieldParser.String(version), maxBases, now, cpus.ToArray(), ticks.ToArray());
        return true;
    }

    // " clock %d:", the base's ".key: value" lines, "active timers:", then " #n: …" / " # expires at …" pairs.
    private static bool TryReadClockBase(ReadOnlySpan<byte> utf8, scoped ref int position, ref ReadOnlySpan<byte> line, ref bool more, out ClockBase clockBase, ref ProcValueFailure failure)
    {
        clockBase = null!;
        var header = ProcText.Trim(line);
        if (header.Length < 8 || header[^1] != (byte)':' || !ProcNumber.TryParseDecimal(header["clock "u8.Length..^1], out int index))
            return failure.At(header, "'clock N:'");
        string? baseAddress = null, getTime = null;
        long resolution = -1;
        long? offset = null;
        while ((more = ProcText.NextNonBlankLine(utf8, ref position, out line)) && !line.SequenceEqual("active timers:"u8))
        {
            var trimmed = ProcText.Trim(line);
            if (!ProcText.SplitKeyValue(trimmed, (byte)':', out var key, out var text)) return failure.At(trimmed, "a '.key: value' line of the clock base, or 'active timers:'");
            text = ProcText.Trim(text);
            if (key.SequenceEqual(".base"u8)) baseAddress = FieldParser.String(text);
            else if (key.SequenceEqual(".index"u8)) { if (!ProcNumber.TryParseDecimal(text, out int printed) || printed != index) return failure.At(text, $"the index {index} of 'clock {index}:'"); }
            else if (key.SequenceEqual(".resolution"u8)) { if (!TryNanoseconds(text, out resolution)) return failure.At(text, "the resolution as 'N nsecs'"); }
            else if (key.SequenceEqual(".get_time"u8)) getTime = FieldParser.String(text);
            else if (key.SequenceEqual(".offset"u8)) { if (offset is not null || !TryNanoseconds(text, out long printed)) return failure.At(text, "one offset as 'N nsecs'"); offset = printed; }
            else return failure.At(key, "'.base', '.index', '.resolution', '.get_time' or '.offset'");
        }
        if (!more) return failure.At(utf8[utf8.Length..], "'active timers:' in the clock base");
        if (baseAddress is null || resolution < 0) return failure.At(line, baseAddress is null ? "a '.base:' line before 'active timers:'" : "a '.resolution:' line before 'active timers:'");
        var timers = new List<PendingTimer>();
        while ((more = ProcText.NextNonBlankLine(utf8, ref position, out line)) && ProcText.Trim(line).StartsWith("#"u8)
               && !ProcText.Trim(line).StartsWith("# expires"u8))
        {
            var timerText = ProcText.Trim(line);
            if (!TryReadTimer(timerText, out int number, out var address, out var function, out int state))
                return failure.At(timerText, "a timer line '#N: <address>, function, S:state'");
            if (!ProcText.NextNonBlankLine(utf8, ref position, out var expiresLine))
                return failure.At(utf8[utf8.Length..], "the timer's '# expires at' line");
            var expiresText = ProcText.Trim(expiresLine);
            if (!TryReadExpiry(expiresText, out long soft, out long hard))
                return failure.At(expiresText, "'# expires at SOFT-HARD nsecs [in N to M nsecs]' after the timer line");
            timers.Add(new PendingTimer(number, address, function, state, soft, hard));
        }
        clockBase = new ClockBase(index, baseAddress, resolution, getTime, offset, timers.ToArray());
        return true;
    }

    // "#%d: <%pK>, %ps, S:%02x" (older kernels add ", %s/%d" with the start site and task).
    private static bool TryReadTimer(ReadOnlySpan<byte> text, out int number, out string address, out string function, out int state)
    {
        number = state = 0;
        address = function = null!;
        int colon = text.IndexOf(": "u8);
        if (colon < 2 || !ProcNumber.TryParseDecimal(text[1..colon], out number)) return false;
        var rest = text[(colon + 2)..];
        int comma = rest.IndexOf(", "u8);
        if (comma <= 0) return false;
        var addressText = rest[..comma];
        if (addressText.Length >= 2 && addressText[0] == (byte)'<' && addressText[^1] == (byte)'>') addressText = addressText[1..^1];
        rest = rest[(comma + 2)..];
        comma = rest.IndexOf(", "u8);
        if (comma <= 0) return false;
        var functionText = rest[..comma];
        rest = rest[(comma + 2)..];
        int end = rest.IndexOf(", "u8);
        var stateText = end < 0 ? rest : rest[..end];
        if (!stateText.StartsWith("S:"u8) || stateText.Length < 3 || !ProcNumber.TryParseHexDigits(stateText[2..], out ulong bits) || bits > int.MaxValue)
            return false;
        state = (int)bits;
        address = FieldParser.String(addressText);
        function = FieldParser.String(functionText);
        return true;
    }

    // "# expires at %Lu-%Lu nsecs [in %Ld to %Ld nsecs]".
    private static bool TryReadExpiry(ReadOnlySpan<byte> text, out long soft, out long hard)
    {
        soft = hard = 0;
        if (!text.StartsWith("# expires at "u8)) return false;
        text = text["# expires at "u8.Length..];
        int dash = text.IndexOf((byte)'-');
        int unit = text.IndexOf(" nsecs ["u8);
        if (dash <= 0 || unit <= dash || !text.EndsWith(" nsecs]"u8)) return false;
        var inText = text[(unit + " nsecs ["u8.Length)..^" nsecs]"u8.Length];
        int to = inText.IndexOf(" to "u8);
        return ProcNumber.TryParseDecimal(text[..dash], out soft) && ProcNumber.TryParseDecimal(text[(dash + 1)..unit], out hard)
            && inText.StartsWith("in "u8) && to > 3
            && ProcNumber.TryParseDecimal(inText[3..to], out long _) && ProcNumber.TryParseDecimal(inText[(to + 4)..], out long _);
    }

    private static bool TryKeyValue(ReadOnlySpan<byte> line, Dictionary<string, string> values, ref ProcValueFailure failure)
    {
        var trimmed = ProcText.Trim(line);
        if (!ProcText.SplitKeyValue(trimmed, (byte)':', out var key, out var text)) return failure.At(trimmed, "a 'key: value' line");
        key = ProcText.Trim(key);
        if (!key.IsEmpty && key[0] == (byte)'.') key = key[1..];
        if (key.IsEmpty) return failure.At(trimmed, "a key before the ':'");
        return values.TryAdd(FieldParser.String(key), FieldParser.String(ProcText.Trim(text))) || failure.At(key, "each key once per section");
    }

    private static bool TryValue(ReadOnlySpan<byte> line, ReadOnlySpan<byte> prefix, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (!line.StartsWith(prefix)) return false;
        value = ProcText.Trim(line[prefix.Length..]);
        return !value.IsEmpty;
    }

    // "%Ld nsecs" or "%Lu nsecs".
    private static bool TryNanoseconds(ReadOnlySpan<byte> text, out long nanoseconds)
    {
        nanoseconds = 0;
        return text.EndsWith(" nsecs"u8) && ProcNumber.TryParseDecimal(ProcText.Trim(text[..^" nsecs"u8.Length]), out nanoseconds);
    }


    public override string ToString() => FormattableString.Invariant(
        $"timer_list {Version}: now {NowNanoseconds} ns, {Cpus.Count} CPUs, {TickDevices.Count} tick devices");
}
