using System;

namespace ProcGen;

/// <summary>
/// The flow of one <c>hashlimit</c> bucket, <c>SRC:SPORT-&gt;DST:DPORT</c> (<c>dl_seq_real_show</c> in
/// <c>net/netfilter/xt_hashlimit.c</c>: <c>%pI4:%u-&gt;%pI4:%u</c>, or <c>%pI6:%u</c> with the IPv6 address in
/// full colon form, so the port follows the last colon). Parts the rule does not hash on (<c>--hashlimit-mode</c>)
/// are printed as zero.
/// </summary>
public readonly record struct HashlimitFlow(InetAddress Source, ushort SourcePort, InetAddress Destination, ushort DestinationPort)
    : IProcValue<HashlimitFlow>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out HashlimitFlow value)
    {
        value = default;
        int arrow = utf8.IndexOf("->"u8);
        if (arrow < 0 || !TryParseEnd(utf8[..arrow], out var source, out ushort sourcePort)
                      || !TryParseEnd(utf8[(arrow + 2)..], out var destination, out ushort destinationPort))
            return false;
        value = new HashlimitFlow(source, sourcePort, destination, destinationPort);
        return true;
    }

    private static bool TryParseEnd(ReadOnlySpan<byte> utf8, out InetAddress address, out ushort port)
    {
        address = default;
        port = 0;
        int colon = utf8.LastIndexOf((byte)':');
        return colon > 0 && ProcNumber.TryParseDecimal(utf8[(colon + 1)..], out port) && InetAddress.TryParse(utf8[..colon], out address);
    }

    /// <summary><c>10.0.0.1:5000-&gt;10.0.0.2:80</c>, IPv6 addresses in brackets.</summary>
    public override string ToString()
        => $"{Format(Source)}:{SourcePort}->{Format(Destination)}:{DestinationPort}";

    private static string Format(InetAddress address) => address.IsIPv6 ? $"[{address}]" : address.ToString();
}
