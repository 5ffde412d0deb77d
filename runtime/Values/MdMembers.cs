using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>How an active md array accepts writes, from the words after <c>active</c> in <c>/proc/mdstat</c>.</summary>
public enum MdAccess
{
    /// <summary>Nothing printed: the array is writable (or inactive, with no personality).</summary>
    ReadWrite,

    /// <summary><c>(read-only)</c>: <c>mddev-&gt;ro == MD_RDONLY</c>.</summary>
    ReadOnly,

    /// <summary><c>(auto-read-only)</c>: read-only until the first write (<c>MD_AUTO_READ</c>).</summary>
    AutoReadOnly,
}

/// <summary>
/// One member device of an md array as <c>md_seq_show</c> (<c>drivers/md/md.c</c>) prints it:
/// <c>" %pg[%d]"</c> (the block device and its descriptor number <c>desc_nr</c>, not its slot) followed by
/// <c>(W)</c> write-mostly, <c>(J)</c> journal, <c>(F)</c> faulty, or else <c>(S)</c> spare (no slot,
/// <c>raid_disk &lt; 0</c>) and <c>(R)</c> replacement.
/// </summary>
public readonly record struct MdMember(string Device, int Number, bool WriteMostly, bool Journal, bool Faulty, bool Spare, bool Replacement)
{
    /// <summary>Whether the device holds data of the array: not faulty, not a spare, not a journal.</summary>
    public bool IsActive => !Faulty && !Spare && !Journal;

    public override string ToString()
        => Device + "[" + Number + "]" + (WriteMostly ? "(W)" : "") + (Journal ? "(J)" : "") + (Faulty ? "(F)" : "")
           + (Spare ? "(S)" : "") + (Replacement ? "(R)" : "");
}

/// <summary>
/// What follows <c>active</c>/<c>inactive</c> on an array's first line in <c>/proc/mdstat</c>
/// (<c>md_seq_show</c>): an optional <c>(read-only)</c>/<c>(auto-read-only)</c>, the personality (only on active
/// arrays: <c>raid1</c>, <c>raid6</c>, <c>linear</c> …), then the member devices, <c>sdb1[1] sda1[0](F)</c>.
/// </summary>
public sealed record MdMembers(MdAccess Access, string? Personality, IReadOnlyList<MdMember> Devices) : IProcValue<MdMembers>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out MdMembers value)
    {
        value = null!;
        var access = MdAccess.ReadWrite;
        string? personality = null;
        var devices = new List<MdMember>();
        int position = 0;
        while (true)
        {
            var word = ProcText.NextField(utf8, ref position);
            if (word.IsEmpty) break;
            if (devices.Count == 0 && personality is null && access == MdAccess.ReadWrite && word.SequenceEqual("(read-only)"u8))
                access = MdAccess.ReadOnly;
            else if (devices.Count == 0 && personality is null && access == MdAccess.ReadWrite && word.SequenceEqual("(auto-read-only)"u8))
                access = MdAccess.AutoReadOnly;
            else if (word.IndexOf((byte)'[') < 0)
            {
                // The personality comes once, before the devices; a device always has its "[n]".
                if (personality is not null || devices.Count > 0 || word[0] == (byte)'(') return false;
                personality = System.Text.Encoding.UTF8.GetString(word);
            }
            else if (!TryParseMember(word, out var member)) return false;
            else devices.Add(member);
        }
        value = new MdMembers(access, personality, devices);
        return true;
    }

    private static bool TryParseMember(ReadOnlySpan<byte> word, out MdMember member)
    {
        member = default;
        int open = word.IndexOf((byte)'[');
        int close = word.IndexOf((byte)']');
        if (open <= 0 || close < open
            || !ProcNumber.TryParseDecimal(word[(open + 1)..close], out int number))
            return false;
        bool writeMostly = false, journal = false, faulty = false, spare = false, replacement = false;
        var flags = word[(close + 1)..];
        while (!flags.IsEmpty)
        {
            if (flags.Length < 3 || flags[0] != (byte)'(' || flags[2] != (byte)')') return false;
            switch (flags[1])
            {
                case (byte)'W': writeMostly = true; break;
                case (byte)'J': journal = true; break;
                case (byte)'F': faulty = true; break;
                case (byte)'S': spare = true; break;
                case (byte)'R': replacement = true; break;
                default: return false;
            }
            flags = flags[3..];
        }
        member = new MdMember(System.Text.Encoding.UTF8.GetString(word[..open]), number, writeMostly, journal, faulty, spare, replacement);
        return true;
    }

    public bool Equals(MdMembers? other)
    {
        if (other is null || Access != other.Access || Personality != other.Personality || Devices.Count != other.Devices.Count) return false;
        for (int i = 0; i < Devices.Count; i++)
            if (Devices[i] != other.Devices[i]) return false;
        return true;
    }

    public override int GetHashCode() => HashCode.Combine(Access, Personality, Devices.Count);

    public override string ToString()
        => (Access == MdAccess.ReadOnly ? "(read-only) " : Access == MdAccess.AutoReadOnly ? "(auto-read-only) " : "")
           + (Personality is null ? "" : Personality + " ") + string.Join(" ", Devices);
}
