namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/net/ipv4/ip_forward</c>: whether this network namespace routes IPv4 packets between interfaces,
/// <c>0</c> or <c>1</c> (Documentation/networking/ip-sysctl.rst; <c>devinet_sysctl_forward</c> in
/// <c>net/ipv4/devinet.c</c>).
/// </summary>
[ProcFile("sys/net/ipv4/ip_forward"), SingleValue]
public sealed partial record Ipv4Forwarding
{
    /// <summary>Whether forwarding is on.</summary>
    public required bool Enabled { get; init; }
}
