using System;

namespace ProcGen.Specs;

/// <summary>An IPv4 prefix printed <c>%pI4/%zu</c> (<c>10.0.0.0/8</c>): a dotted address and a prefix length.</summary>
/// <param name="Address">The network address.</param>
/// <param name="Length">The prefix length in bits, 0 to 32.</param>
public readonly record struct Ipv4Prefix(InetAddress Address, int Length) : IProcValue<Ipv4Prefix>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Ipv4Prefix value)
    {
        value = default;
        int slash = utf8.IndexOf((byte)'/');
        if (slash <= 0
            || utf8[..slash].IndexOf((byte)'.') < 0 || !InetAddress.TryParse(utf8[..slash], out var address)
            || !ProcNumber.TryParseDecimal(utf8[(slash + 1)..], out int length) || length is < 0 or > 32)
            return false;
        value = new Ipv4Prefix(address, length);
        return true;
    }

    public override string ToString() => Address + "/" + Length;
}
