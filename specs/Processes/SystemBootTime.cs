using System;
using System.Runtime.CompilerServices;

namespace ProcGen.Specs;

/// <summary>
/// The boot time of the system a proc root belongs to: the <c>btime</c> line of <c>/proc/stat</c> (seconds since
/// the epoch; <c>show_stat</c> in <c>fs/proc/stat.c</c>). Read through the root, so a fixture answers for the
/// machine it was captured on.
/// </summary>
/// <remarks>
/// <c>/proc/stat</c> has no declaration yet (its per-CPU lines need the nested formats). Until it does, this is
/// the one place that reads it: swap <see cref="TryParseBtime"/> for the declared record's field when it lands.
/// The answer is cached per root, since the boot time does not change while the system runs.
/// </remarks>
internal static class SystemBootTime
{
    private static readonly ConditionalWeakTable<ProcFs, object> s_cache = new();

    /// <summary>The boot time, or <c>null</c> when the root has no readable <c>stat</c> with a <c>btime</c> line.</summary>
    public static DateTimeOffset? Get(ProcFs fs)
    {
        if (s_cache.TryGetValue(fs, out var cached)) return (DateTimeOffset)cached;
        byte[] content;
        try
        {
            content = fs.ReadAllBytes("stat");
        }
        catch (ProcException)
        {
            // Absent (a fixture without it) or refused: the facts that need it say "unknown" instead.
            return null;
        }
        if (!TryParseBtime(content, out long seconds)) return null;
        var bootTime = DateTimeOffset.FromUnixTimeSeconds(seconds);
        s_cache.AddOrUpdate(fs, bootTime);
        return bootTime;
    }

    /// <summary>Finds <c>btime N</c> among the lines of <c>/proc/stat</c>.</summary>
    public static bool TryParseBtime(ReadOnlySpan<byte> content, out long seconds)
    {
        seconds = 0;
        int position = 0;
        while (ProcText.NextLine(content, ref position, out var line))
        {
            int field = 0;
            if (!ProcText.NextField(line, ref field).SequenceEqual("btime"u8)) continue;
            var value = ProcText.NextField(line, ref field);
            return ProcNumber.TryParseDecimal(value, out seconds) && seconds >= 0 && ProcText.NextField(line, ref field).IsEmpty;
        }
        return false;
    }
}
