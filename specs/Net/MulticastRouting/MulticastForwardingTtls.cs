using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// The <c>Oifs</c> of a multicast forwarding cache entry (<c>ip_mr_cache</c>, <c>ip6_mr_cache</c>): the virtual
/// interfaces a packet is forwarded to, each printed <c> %2d:%-3d</c> (vif index and TTL threshold: <c>1:1   2:64</c>).
/// </summary>
/// <remarks>A one-off shape: a run of <c>vif:ttl</c> pairs separated by blanks.</remarks>
public sealed class MulticastForwardingTtls : IProcValue<MulticastForwardingTtls>
{
    private MulticastForwardingTtls(IReadOnlyList<MulticastOutputInterface> interfaces) => Interfaces = interfaces;

    /// <summary>The output interfaces in the order printed (ascending vif index).</summary>
    public IReadOnlyList<MulticastOutputInterface> Interfaces { get; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out MulticastForwardingTtls value)
    {
        value = null!;
        var interfaces = new List<MulticastOutputInterface>();
        int i = 0;
        while (true)
        {
            while (i < utf8.Length && utf8[i] is (byte)' ' or (byte)'\t') i++;
            if (i == utf8.Length) break;
            int start = i;
            while (i < utf8.Length && utf8[i] is not ((byte)' ' or (byte)'\t')) i++;
            var pair = utf8[start..i];
            int colon = pair.IndexOf((byte)':');
            if (colon <= 0
                || !ProcNumber.TryParseDecimal(pair[..colon], out int vif)
                || !ProcNumber.TryParseDecimal(pair[(colon + 1)..], out int ttl))
                return false;
            interfaces.Add(new MulticastOutputInterface(vif, ttl));
        }
        value = new MulticastForwardingTtls(interfaces.ToArray());
        return true;
    }

    public override string ToString() => string.Join(" ", Interfaces);
}

/// <summary>One <c>vif:ttl</c> pair of a multicast forwarding cache entry's <c>Oifs</c>.</summary>
/// <param name="VirtualInterface">The vif index (the first column of <c>ip_mr_vif</c> / <c>ip6_mr_vif</c>).</param>
/// <param name="TtlThreshold">Packets with a TTL (hop limit) above this are forwarded on the vif.</param>
public readonly record struct MulticastOutputInterface(int VirtualInterface, int TtlThreshold)
{
    public override string ToString() => $"{VirtualInterface}:{TtlThreshold}";
}
