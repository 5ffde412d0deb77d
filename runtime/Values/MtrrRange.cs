using System;

namespace ProcGen;

/// <summary>
/// What one line of <c>/proc/mtrr</c> says after its register name: the physical range a variable MTRR covers, its
/// caching type and how many users asked for it (<c>mtrr_seq_show</c> in <c>arch/x86/kernel/cpu/mtrr/if.c</c>):
/// <c>base=0x0c0000000 ( 3072MB), size= 1024MB, count=1: uncachable</c>.
/// </summary>
/// <remarks>
/// The kernel pads the sizes with <c>%5lu</c>, so <c>size= 2048MB</c> and <c>size=65536MB</c> split into different
/// numbers of words: the text is read as one value rather than as columns. Older (2.6-era) kernels print the type
/// before the count (<c>size= 256MB: write-back, count=1</c>); both orders parse.
/// </remarks>
/// <param name="Base">The physical start address, in bytes (<c>base=0x…000</c>).</param>
/// <param name="Size">The length of the range, in bytes (printed in <c>kB</c> below 1 MiB, else in <c>MB</c>).</param>
/// <param name="UsageCount">How many times the range was added (<c>count=</c>): the kernel frees it when this drops to 0.</param>
/// <param name="Type">The caching type.</param>
public readonly record struct MtrrRange(ulong Base, ulong Size, int UsageCount, MtrrMemoryType Type) : IProcValue<MtrrRange>
{
    /// <summary>The end of the range (exclusive), in bytes.</summary>
    public ulong End => Base + Size;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out MtrrRange value)
    {
        value = default;
        var rest = utf8;

        // base=0x%06lx000 (%5luMB),
        if (!Take(ref rest, "base="u8) || !Until(ref rest, (byte)' ', out var baseText)
            || !ProcNumber.TryParseHex(baseText, out ulong start))
            return false;
        SkipBlanks(ref rest);
        if (!Take(ref rest, "("u8)) return false;
        SkipBlanks(ref rest);
        if (!Until(ref rest, (byte)'M', out var megabytes) || !ProcNumber.TryParseDecimal(megabytes, out ulong _)
            || !Take(ref rest, "MB),"u8))
            return false;

        // size=%5lu%cB with K or M
        SkipBlanks(ref rest);
        if (!Take(ref rest, "size="u8)) return false;
        SkipBlanks(ref rest);
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit((char)rest[digits])) digits++;
        if (digits == 0 || rest.Length < digits + 2 || rest[digits + 1] != (byte)'B'
            || !ProcNumber.TryParseDecimal(rest[..digits], out ulong amount))
            return false;
        int shift = rest[digits] switch { (byte)'K' => 10, (byte)'M' => 20, _ => -1 };
        if (shift < 0 || amount > ulong.MaxValue >> shift) return false;
        ulong size = amount << shift;
        rest = rest[(digits + 2)..];

        int count;
        MtrrMemoryType type;
        if (Take(ref rest, ", count="u8))
        {
            // Current kernels: ", count=%d: %s".
            if (!Until(ref rest, (byte)':', out var countText) || !ProcNumber.TryParseDecimal(countText, out count)
                || !Take(ref rest, ":"u8) || !TryParseType(ProcText.Trim(rest), out type))
                return false;
        }
        else if (Take(ref rest, ":"u8))
        {
            // Older kernels: ": %s, count=%d".
            if (!Until(ref rest, (byte)',', out var typeText) || !TryParseType(ProcText.Trim(typeText), out type)
                || !Take(ref rest, ", count="u8) || !ProcNumber.TryParseDecimal(ProcText.Trim(rest), out count))
                return false;
        }
        else
        {
            return false;
        }
        value = new MtrrRange(start, size, count, type);
        return true;
    }

    private static bool TryParseType(ReadOnlySpan<byte> text, out MtrrMemoryType type)
    {
        if (text.SequenceEqual("write-back"u8)) type = MtrrMemoryType.WriteBack;
        else if (text.SequenceEqual("uncachable"u8)) type = MtrrMemoryType.Uncachable;
        else if (text.SequenceEqual("write-combining"u8)) type = MtrrMemoryType.WriteCombining;
        else if (text.SequenceEqual("write-through"u8)) type = MtrrMemoryType.WriteThrough;
        else if (text.SequenceEqual("write-protect"u8)) type = MtrrMemoryType.WriteProtect;
        else if (text.SequenceEqual("?"u8)) type = MtrrMemoryType.Unknown;
        else
        {
            type = default;
            return false;
        }
        return true;
    }

    // Consumes literal text at the start of rest.
    private static bool Take(ref ReadOnlySpan<byte> rest, ReadOnlySpan<byte> literal)
    {
        if (!rest.StartsWith(literal)) return false;
        rest = rest[literal.Length..];
        return true;
    }

    // The non-empty text before the first stop byte; rest continues at the stop byte.
    private static bool Until(ref ReadOnlySpan<byte> rest, byte stop, out ReadOnlySpan<byte> text)
    {
        int at = rest.IndexOf(stop);
        text = at <= 0 ? default : rest[..at];
        if (at <= 0) return false;
        rest = rest[at..];
        return true;
    }

    private static void SkipBlanks(ref ReadOnlySpan<byte> rest)
    {
        int i = 0;
        while (i < rest.Length && ProcText.IsBlank(rest[i])) i++;
        rest = rest[i..];
    }

    /// <summary>A short description: <c>0xc0000000+1073741824 Uncachable x1</c> (start, size in bytes, type, count).</summary>
    public override string ToString() => FormattableString.Invariant($"0x{Base:x}+{Size} {Type} x{UsageCount}");
}
