using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// A <c>procN</c> (or <c>proc4ops</c>) line of <c>net/rpc/nfs</c> and <c>net/rpc/nfsd</c>: the number of procedures
/// of one program version, then the calls of each, in procedure-number order (<c>proc%u %u</c> then <c>" %u"</c> per
/// procedure in <c>rpc_proc_show</c>/<c>svc_seq_show</c>, <c>net/sunrpc/stats.c</c>). Names for the calls are in
/// <see cref="RpcProcedureNames"/>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record RpcProcedureCounts
{
    /// <summary>The number of procedures the kernel printed (<c>vs_nproc</c>): the length of <see cref="Calls"/>.</summary>
    [Column(0)] public required int ProcedureCount { get; init; }

    /// <summary>Calls of each procedure, indexed by procedure number.</summary>
    [Column(1)] public required ulong[] Calls { get; init; }

    /// <summary>
    /// The calls keyed by the names in <paramref name="names"/> (a table of <see cref="RpcProcedureNames"/>);
    /// procedures past the end of the table keep their number as name.
    /// </summary>
    public IReadOnlyDictionary<string, ulong> ByName(IReadOnlyList<string> names)
    {
        var byName = new Dictionary<string, ulong>(Calls.Length);
        for (int i = 0; i < Calls.Length; i++)
            byName[i < names.Count && names[i].Length > 0 ? names[i] : i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Calls[i];
        return byName;
    }
}
