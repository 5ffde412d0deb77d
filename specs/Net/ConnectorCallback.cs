namespace ProcGen.Specs;

/// <summary>
/// One callback registered with the kernel connector, a line of <c>/proc/net/connector</c> (<c>cn_proc_show</c> in
/// <c>drivers/connector/connector.c</c>: <c>%-15s %u:%u</c> under a <c>Name            ID</c> header). Read with
/// <c>fs.Connector()</c>.
/// </summary>
[ProcFile("net/connector", Accessor = "Connector"), ProcFile("{pid}/net/connector", Accessor = "Connector"), HeaderTable]
public sealed partial record ConnectorCallback
{
    /// <summary>The callback's name (<c>cn_proc</c>, <c>w1</c>, <c>dm_log_userspace</c>).</summary>
    [Column("Name")] public required string Name { get; init; }

    /// <summary>The connector id the callback listens on (<c>idx:val</c>; <c>1:1</c> is <c>CN_IDX_PROC:CN_VAL_PROC</c>).</summary>
    [Column("ID")] public required ConnectorId Id { get; init; }
}
