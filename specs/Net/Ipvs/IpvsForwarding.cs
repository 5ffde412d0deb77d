namespace ProcGen.Specs;

/// <summary>The forwarding method of an IPVS destination (<c>ip_vs_fwd_name</c>).</summary>
public enum IpvsForwarding
{
    /// <summary>A method a newer kernel names.</summary>
    [ProcFallback] Unknown,
    /// <summary>NAT (<c>Masq</c>).</summary>
    [ProcToken("Masq")] Masquerade,
    /// <summary>The server is this machine (<c>Local</c>).</summary>
    [ProcToken("Local")] Local,
    /// <summary>IP-in-IP or GUE tunnelling (<c>Tunnel</c>).</summary>
    [ProcToken("Tunnel")] Tunnel,
    /// <summary>Direct routing (<c>Route</c>).</summary>
    [ProcToken("Route")] DirectRouting,
    /// <summary>Bypass (<c>Bypass</c>, some kernels).</summary>
    [ProcToken("Bypass")] Bypass,
}
