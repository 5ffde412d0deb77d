using System;

namespace ProcGen;

/// <summary>
/// A hexadecimal address range <c>start-end</c>, end exclusive in <c>{pid}/maps</c> (<c>7f1c2a000000-7f1c2a021000</c>)
/// and inclusive in <c>iomem</c>/<c>ioports</c> (<c>00000000-00000fff</c>): <see cref="End"/> is as printed.
/// </summary>
public readonly record struct AddressRange(ulong Start, ulong End) : IProcValue<AddressRange>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out AddressRange value)
    {
        value = default;
        int dash = utf8.IndexOf((byte)'-');
        if (dash <= 0
            || !ProcNumber.TryParseHex(utf8[..dash], out ulong start)
            || !ProcNumber.TryParseHex(utf8[(dash + 1)..], out ulong end))
            return false;
        value = new AddressRange(start, end);
        return true;
    }

    /// <summary><see cref="End"/> − <see cref="Start"/>: the size of a <c>maps</c> range (end exclusive).</summary>
    public ulong Length => End - Start;

    public override string ToString() => $"{Start:x}-{End:x}";
}
