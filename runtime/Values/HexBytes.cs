using System;

namespace ProcGen;

/// <summary>
/// Bytes printed as one run of hexadecimal digits, two per byte (the kernel's <c>bin2hex</c>): binfmt_misc's
/// <c>magic 7f454c46</c> and <c>mask ffffffff</c>. Either case is accepted; an odd number of digits is not.
/// </summary>
public sealed class HexBytes : IProcValue<HexBytes>, IEquatable<HexBytes>
{
    private readonly byte[] _bytes;

    private HexBytes(byte[] bytes) => _bytes = bytes;

    /// <summary>The bytes, in the order printed.</summary>
    public ReadOnlySpan<byte> Span => _bytes;

    /// <summary>The number of bytes.</summary>
    public int Length => _bytes.Length;

    /// <summary>A copy of the bytes.</summary>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    public static bool TryParse(ReadOnlySpan<byte> utf8, out HexBytes value)
    {
        value = null!;
        if (utf8.IsEmpty || utf8.Length % 2 != 0) return false;
        var bytes = new byte[utf8.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            int high = Digit(utf8[2 * i]), low = Digit(utf8[2 * i + 1]);
            if (high < 0 || low < 0) return false;
            bytes[i] = (byte)(high << 4 | low);
        }
        value = new HexBytes(bytes);
        return true;
    }

    private static int Digit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public bool Equals(HexBytes? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as HexBytes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    /// <summary>The bytes as the kernel prints them: lower-case hexadecimal digits.</summary>
    public override string ToString() => Convert.ToHexString(_bytes).ToLowerInvariant();
}
