using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>What an md array's sync thread does, the word before <c>=</c> in its <c>/proc/mdstat</c> progress line.</summary>
public enum MdSyncAction
{
    /// <summary><c>resync</c>: making a dirty array's copies or parity consistent (also a requested <c>repair</c>).</summary>
    Resync,

    /// <summary><c>recovery</c>: rebuilding a replaced or added device.</summary>
    Recovery,

    /// <summary><c>reshape</c>: changing the level, layout, chunk size or number of devices.</summary>
    Reshape,

    /// <summary><c>check</c>: reading everything to count mismatches, writing nothing.</summary>
    Check,
}

/// <summary>Why a sync is not running though one is due: the <c>\tresync=…</c> words of <c>status_resync</c>.</summary>
public enum MdSyncWait
{
    /// <summary>Nothing is waiting.</summary>
    None,

    /// <summary><c>resync=DELAYED</c>: waiting for another array that shares a device to finish its sync.</summary>
    Delayed,

    /// <summary><c>resync=PENDING</c>: the array is dirty but read-only (auto-read-only), so the resync has not started.</summary>
    Pending,

    /// <summary><c>resync=REMOTE</c> / <c>reshape=REMOTE</c> …: another node of an md-cluster array is doing it.</summary>
    Remote,
}

/// <summary>
/// A running sync of an md array (<c>status_resync</c> in <c>drivers/md/md.c</c>):
/// <c>[==&gt;..................]  recovery = 12.6% (246/1953) finish=150.5min speed=101K/sec</c>.
/// </summary>
/// <param name="Action">What is being done.</param>
/// <param name="Percent">Done, in percent, to one decimal (the kernel computes per mille).</param>
/// <param name="Done">Bytes done (printed in 1 KiB blocks).</param>
/// <param name="Total">Bytes to do, per device (printed in 1 KiB blocks).</param>
/// <param name="Finish">The kernel's estimate of the time left (printed in minutes and tenths).</param>
/// <param name="Speed">Bytes per second over the last marks (printed in KiB/s).</param>
public readonly record struct MdSyncProgress(MdSyncAction Action, double Percent, ulong Done, ulong Total, TimeSpan Finish, ulong Speed)
{
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Action.ToString().ToLowerInvariant()} = {Percent:0.0}% ({Done / 1024}/{Total / 1024}) finish={Finish.TotalMinutes:0.0}min speed={Speed / 1024}K/sec");
}

/// <summary>
/// The <c>bitmap:</c> line of an md array with a write-intent bitmap (<c>md_bitmap_status</c>):
/// <c>bitmap: 1/15 pages [4KB], 65536KB chunk</c>, then <c>, file: /path</c> for a bitmap kept in a file.
/// </summary>
/// <param name="PagesInUse">Bitmap pages in memory.</param>
/// <param name="Pages">Bitmap pages in all.</param>
/// <param name="Memory">Bytes of memory the pages in use take (printed in KB).</param>
/// <param name="ChunkSize">Bytes of the array each bit covers (printed in KB, or B below 1 KiB).</param>
/// <param name="File">The bitmap file, when the bitmap is not stored in the member devices.</param>
public readonly record struct MdBitmap(ulong PagesInUse, ulong Pages, ulong Memory, ulong ChunkSize, string? File)
{
    public override string ToString()
        => $"bitmap: {PagesInUse}/{Pages} pages [{Memory / 1024}KB], "
           + (ChunkSize % 1024 == 0 ? ChunkSize / 1024 + "KB" : ChunkSize + "B") + " chunk" + (File is null ? "" : ", file: " + File);
}

/// <summary>
/// The indented lines under an array's first line in <c>/proc/mdstat</c> (<c>md_seq_show</c> and the personality's
/// <c>status</c> function): <c>1953382464 blocks super 1.2 level 5, 512k chunk, algorithm 2 [3/2] [UU_]</c>, an
/// optional sync progress (<see cref="MdSyncProgress"/>) or <c>resync=DELAYED</c>/<c>resync=PENDING</c>, and an
/// optional <c>bitmap:</c> line (<see cref="MdBitmap"/>).
/// </summary>
/// <remarks>
/// <c>blocks</c> are 1 KiB: the array's size when active, the members' total when inactive. <c>super</c> is absent
/// for 0.90 metadata, <c>external:imsm</c> for metadata a user-space tool keeps. <c>[n/m]</c> and <c>[UU_]</c> are
/// printed by redundant personalities only (raid1, raid4/5/6, raid10, multipath); raid0 prints <c>64k chunks</c>,
/// linear <c>64k rounding</c>.
/// </remarks>
public sealed record MdArrayStatus : IProcValue<MdArrayStatus>
{
    /// <summary>The array's size in bytes (printed in 1 KiB blocks); <c>null</c> for an inactive array without devices.</summary>
    public ulong? Size { get; init; }

    /// <summary>The metadata version (<c>1.2</c>, <c>external:imsm</c>, <c>non-persistent</c>); <c>null</c> for 0.90.</summary>
    public string? Super { get; init; }

    /// <summary>What the personality prints before <c>[n/m]</c> (<c>level 5, 512k chunk, algorithm 2</c>, <c>64k chunks</c>, <c>2 near-copies</c>).</summary>
    public string? Details { get; init; }

    /// <summary>The RAID level of raid4/5/6 (<c>level 5</c>).</summary>
    public int? Level { get; init; }

    /// <summary>The chunk size in bytes (<c>512k chunk</c>, <c>64k chunks</c>, <c>512K chunks</c>).</summary>
    public ulong? ChunkSize { get; init; }

    /// <summary>The raid4/5/6 layout (<c>algorithm 2</c>: left-symmetric).</summary>
    public int? Algorithm { get; init; }

    /// <summary>Device slots of the array, the <c>n</c> of <c>[n/m]</c>.</summary>
    public int? ExpectedDevices { get; init; }

    /// <summary>Slots with a working device, the <c>m</c> of <c>[n/m]</c>: fewer than <see cref="ExpectedDevices"/> when degraded.</summary>
    public int? WorkingDevices { get; init; }

    /// <summary>Each slot in order, <c>true</c> for <c>U</c> (in sync), <c>false</c> for <c>_</c> (missing, failed or rebuilding).</summary>
    public IReadOnlyList<bool>? InSync { get; init; }

    /// <summary>The sync running now, if any.</summary>
    public MdSyncProgress? Progress { get; init; }

    /// <summary>A sync that is due but waits (<c>resync=DELAYED</c>, <c>resync=PENDING</c>).</summary>
    public MdSyncWait Waiting { get; init; }

    /// <summary>The write-intent bitmap, if the array has one.</summary>
    public MdBitmap? Bitmap { get; init; }

    /// <summary>Whether a redundant array misses devices (<see cref="WorkingDevices"/> &lt; <see cref="ExpectedDevices"/>).</summary>
    public bool IsDegraded => WorkingDevices < ExpectedDevices;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out MdArrayStatus value)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out value, ref failure);
    }

    /// <summary>The line of an array's status <see cref="TryParse(ReadOnlySpan{byte}, out MdArrayStatus)"/> stopped at, and what it expected there.</summary>
    public static ProcValueError? Diagnose(ReadOnlySpan<byte> utf8)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out _, ref failure) ? null : failure.ToError(utf8);
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out MdArrayStatus value, ref ProcValueFailure failure)
    {
        value = null!;
        var status = new MdArrayStatus();
        int position = 0;
        bool first = true;
        while (ProcText.NextLine(utf8, ref position, out var raw))
        {
            var line = ProcText.TrimWhitespace(raw);
            if (line.IsEmpty) continue;
            if (first && !line.StartsWith("bitmap:"u8))
            {
                first = false;
                if (!TryParseSize(line, ref status))
                    return failure.At(line, "the size line: 'N blocks', then optionally 'super V', the layout and '[n/m] [UU_]'");
            }
            else if (line.StartsWith("bitmap:"u8))
            {
                if (status.Bitmap is not null) return failure.At(line, "one 'bitmap:' line");
                if (!TryParseBitmap(line["bitmap:"u8.Length..], out var bitmap))
                    return failure.At(line, "'bitmap: N/M pages [NKB], NKB chunk[, file]'");
                status = status with { Bitmap = bitmap };
            }
            else if (status.Progress is null && status.Waiting == MdSyncWait.None && status.Bitmap is null)
            {
                if (!TryParseSync(line, ref status))
                    return failure.At(line, "a sync line ('[==>...]  recovery = 12.6% (a/b) finish=Nmin speed=NK/sec', 'resync=DELAYED', 'resync=PENDING') or 'bitmap:'");
            }
            else return failure.At(line, status.Bitmap is not null ? "nothing after the 'bitmap:' line" : "'bitmap:' or the end of the array after its sync line");
        }
        value = status;
        return true;
    }

    // "N blocks[ super X][ details][ [n/m] [UU_]]"
    private static bool TryParseSize(ReadOnlySpan<byte> line, ref MdArrayStatus status)
    {
        int position = 0;
        if (!ProcNumber.TryParseDecimal(ProcText.NextField(line, ref position), out ulong blocks)
            || !ProcText.NextField(line, ref position).SequenceEqual("blocks"u8))
            return false;
        status = status with { Size = blocks * 1024 };
        var rest = ProcText.TrimWhitespace(line[position..]);
        if (rest.StartsWith("super "u8))
        {
            int at = "super"u8.Length;
            var super = ProcText.NextField(rest, ref at);
            status = status with { Super = System.Text.Encoding.UTF8.GetString(super) };
            rest = ProcText.TrimWhitespace(rest[at..]);
        }
        int slots = rest.IndexOf(" ["u8);
        if (rest.StartsWith("["u8)) slots = 0;
        if (slots >= 0)
        {
            if (!TryParseSlots(ProcText.TrimWhitespace(rest[slots..]), ref status)) return false;
            rest = ProcText.TrimWhitespace(rest[..slots]);
        }
        if (!rest.IsEmpty)
        {
            status = status with { Details = System.Text.Encoding.UTF8.GetString(rest) };
            if (!TryParseDetails(rest, ref status)) return false;
        }
        return true;
    }

    // "[3/2] [UU_]"
    private static bool TryParseSlots(ReadOnlySpan<byte> text, ref MdArrayStatus status)
    {
        int position = 0;
        var counts = ProcText.NextField(text, ref position);
        var health = ProcText.NextField(text, ref position);
        if (counts.Length < 5 || counts[0] != (byte)'[' || counts[^1] != (byte)']'
            || !SlashPair.TryParse(counts[1..^1], out var pair) || pair.First > int.MaxValue || pair.Second > pair.First
            || health.Length < 2 || health[0] != (byte)'[' || health[^1] != (byte)']'
            || !ProcText.NextField(text, ref position).IsEmpty)
            return false;
        var inSync = new bool[health.Length - 2];
        for (int i = 0; i < inSync.Length; i++)
        {
            byte b = health[i + 1];
            if (b == (byte)'U') inSync[i] = true;
            else if (b != (byte)'_') return false;
        }
        status = status with { ExpectedDevices = (int)pair.First, WorkingDevices = (int)pair.Second, InSync = inSync };
        return true;
    }

    // "level 5, 512k chunk, algorithm 2" / "64k chunks" / "512K chunks 2 near-copies" / "64k rounding": the words the
    // personalities print; the known ones are read, the others stay in Details.
    private static bool TryParseDetails(ReadOnlySpan<byte> text, ref MdArrayStatus status)
    {
        int position = 0;
        var previous = ReadOnlySpan<byte>.Empty;
        while (true)
        {
            var word = ProcText.NextField(text, ref position);
            if (word.IsEmpty) return true;
            if (word[^1] == (byte)',') word = word[..^1];
            if (word.StartsWith("chunk"u8) && previous.Length > 1 && (previous[^1] == (byte)'k' || previous[^1] == (byte)'K'))
            {
                if (!ProcNumber.TryParseDecimal(previous[..^1], out ulong kib)) return false;
                status = status with { ChunkSize = kib * 1024 };
            }
            else if (previous.SequenceEqual("level"u8))
            {
                if (!ProcNumber.TryParseDecimal(word, out int level)) return false;
                status = status with { Level = level };
            }
            else if (previous.SequenceEqual("algorithm"u8))
            {
                if (!ProcNumber.TryParseDecimal(word, out int algorithm)) return false;
                status = status with { Algorithm = algorithm };
            }
            previous = word;
        }
    }

    // "[==>..................]  recovery = 12.6% (246/1953) finish=150.5min speed=101K/sec", or "resync=DELAYED".
    private static bool TryParseSync(ReadOnlySpan<byte> line, ref MdArrayStatus status)
    {
        if (line[0] != (byte)'[')
        {
            int equals = line.IndexOf((byte)'=');
            if (equals <= 0) return false;
            var wait = line[(equals + 1)..];
            MdSyncWait waiting = wait.SequenceEqual("DELAYED"u8) ? MdSyncWait.Delayed
                : wait.SequenceEqual("PENDING"u8) ? MdSyncWait.Pending
                : wait.SequenceEqual("REMOTE"u8) ? MdSyncWait.Remote : MdSyncWait.None;
            if (waiting == MdSyncWait.None) return false;
            status = status with { Waiting = waiting };
            return true;
        }
        int close = line.IndexOf((byte)']');
        if (close < 0) return false;
        var rest = ProcText.TrimWhitespace(line[(close + 1)..]);
        int position = 0;
        var actionWord = ProcText.NextField(rest, ref position);
        MdSyncAction action;
        if (actionWord.SequenceEqual("resync"u8)) action = MdSyncAction.Resync;
        else if (actionWord.SequenceEqual("recovery"u8)) action = MdSyncAction.Recovery;
        else if (actionWord.SequenceEqual("reshape"u8)) action = MdSyncAction.Reshape;
        else if (actionWord.SequenceEqual("check"u8)) action = MdSyncAction.Check;
        else return false;
        // " =%3u.%u%%": the percentage may touch the '=' (100.0%) or be padded away from it.
        rest = ProcText.TrimWhitespace(rest[position..]);
        if (rest.IsEmpty || rest[0] != (byte)'=') return false;
        rest = ProcText.TrimWhitespace(rest[1..]);
        int percentEnd = rest.IndexOf((byte)'%');
        if (percentEnd < 0 || !ProcNumber.TryParseDouble(rest[..percentEnd], out double percent)) return false;
        position = percentEnd + 1;
        var counts = ProcText.NextField(rest, ref position);
        var finish = ProcText.NextField(rest, ref position);
        var speed = ProcText.NextField(rest, ref position);
        if (counts.Length < 5 || counts[0] != (byte)'(' || counts[^1] != (byte)')' || !SlashPair.TryParse(counts[1..^1], out var done)
            || !finish.StartsWith("finish="u8) || !finish.EndsWith("min"u8)
            || !ProcNumber.TryParseDouble(finish["finish="u8.Length..^3], out double minutes)
            || !speed.StartsWith("speed="u8) || !speed.EndsWith("K/sec"u8)
            || !ProcNumber.TryParseDecimal(speed["speed="u8.Length..^5], out ulong kibPerSecond)
            || !ProcText.NextField(rest, ref position).IsEmpty)
            return false;
        status = status with
        {
            Progress = new MdSyncProgress(action, percent, done.First * 1024, done.Second * 1024,
                TimeSpan.FromSeconds(Math.Round(minutes * 60)), kibPerSecond * 1024),
        };
        return true;
    }

    // " 1/15 pages [4KB], 65536KB chunk[, file: /path]"
    private static bool TryParseBitmap(ReadOnlySpan<byte> text, out MdBitmap bitmap)
    {
        bitmap = default;
        int position = 0;
        var pages = ProcText.NextField(text, ref position);
        var pagesWord = ProcText.NextField(text, ref position);
        var memory = ProcText.NextField(text, ref position);
        var chunk = ProcText.NextField(text, ref position);
        var chunkWord = ProcText.NextField(text, ref position);
        if (!SlashPair.TryParse(pages, out var pair) || !pagesWord.SequenceEqual("pages"u8)
            || !memory.StartsWith("["u8) || !memory.EndsWith("KB],"u8)
            || !ProcNumber.TryParseDecimal(memory[1..^4], out ulong memoryKib))
            return false;
        ulong chunkBytes;
        bool last = chunkWord.SequenceEqual("chunk"u8);
        if (!last && !chunkWord.SequenceEqual("chunk,"u8)) return false;
        if (chunk.EndsWith("KB"u8) && ProcNumber.TryParseDecimal(chunk[..^2], out ulong chunkKib)) chunkBytes = chunkKib * 1024;
        else if (chunk.EndsWith("B"u8) && ProcNumber.TryParseDecimal(chunk[..^1], out ulong bytes)) chunkBytes = bytes;
        else return false;
        string? file = null;
        if (!last)
        {
            var rest = ProcText.TrimWhitespace(text[position..]);
            if (!rest.StartsWith("file:"u8)) return false;
            var path = ProcText.TrimWhitespace(rest["file:"u8.Length..]);
            if (path.IsEmpty) return false;
            file = System.Text.Encoding.UTF8.GetString(path);
        }
        else if (!ProcText.NextField(text, ref position).IsEmpty) return false;
        bitmap = new MdBitmap(pair.First, pair.Second, memoryKib * 1024, chunkBytes, file);
        return true;
    }

    public bool Equals(MdArrayStatus? other)
    {
        if (other is null || Size != other.Size || Super != other.Super || Details != other.Details || Level != other.Level
            || ChunkSize != other.ChunkSize || Algorithm != other.Algorithm || ExpectedDevices != other.ExpectedDevices
            || WorkingDevices != other.WorkingDevices || Progress != other.Progress || Waiting != other.Waiting || Bitmap != other.Bitmap
            || (InSync is null) != (other.InSync is null))
            return false;
        if (InSync is null) return true;
        if (InSync.Count != other.InSync!.Count) return false;
        for (int i = 0; i < InSync.Count; i++)
            if (InSync[i] != other.InSync[i]) return false;
        return true;
    }

    public override int GetHashCode() => HashCode.Combine(Size, Super, ExpectedDevices, WorkingDevices, Progress, Waiting, Bitmap);

    /// <summary>The lines as the kernel prints them, joined with <c>"; "</c>.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        if (Size is { } size) text.Append(size / 1024).Append(" blocks");
        if (Super is not null) text.Append(" super ").Append(Super);
        if (Details is not null) text.Append(' ').Append(Details);
        if (InSync is not null)
        {
            text.Append(" [").Append(ExpectedDevices).Append('/').Append(WorkingDevices).Append("] [");
            foreach (bool inSync in InSync) text.Append(inSync ? 'U' : '_');
            text.Append(']');
        }
        if (Progress is { } progress) text.Append("; ").Append(progress);
        if (Waiting != MdSyncWait.None) text.Append("; resync=").Append(Waiting.ToString().ToUpperInvariant());
        if (Bitmap is { } bitmap) text.Append("; ").Append(bitmap);
        return text.ToString().TrimStart();
    }
}
