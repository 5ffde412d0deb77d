using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// A <c>procN</c> (or <c>proc4ops</c>) line of <c>net/rpc/nfs</c> and <c>net/rpc/nfsd</c>: the number of procedures
/// of one program version, then the calls of each, in procedure-number order (<c>proc%u %u</c> then <c>" %u"</c> per
/// procedure in <c>rpc_proc_show</c>/<c>svc_seq_show</c>, <c>net/sunrpc/stats.c</c>). Names for the calls are in
/// <see cref="RpcProcedureNames"/>.
/// </summary>
/// <remarks>
/// A value type rather than a columnar part because the first number is the length of the rest: a line whose count
/// and calls disagree (a torn or foreign line) must be an error, not a short or long <see cref="Calls"/>.
/// </remarks>
public sealed record RpcProcedureCounts : IProcValue<RpcProcedureCounts>
{
    /// <summary>The number of procedures the kernel printed (<c>vs_nproc</c>): the length of <see cref="Calls"/>.</summary>
    public required int ProcedureCount { get; init; }

    /// <summary>Calls of each procedure, indexed by procedure number.</summary>
    public required ulong[] Calls { get; init; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out RpcProcedureCounts value)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out value, ref failure);
    }

    /// <summary>The field a rejected line broke at: the count, a call, a missing or an extra call.</summary>
    public static ProcValueError? Diagnose(ReadOnlySpan<byte> utf8)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out _, ref failure) ? null : failure.ToError(utf8);
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out RpcProcedureCounts value, ref ProcValueFailure failure)
    {
        value = null!;
        int position = 0;
        var countField = ProcText.NextField(utf8, ref position);
        if (!ProcNumber.TryParseDecimal(countField, out int count) || count < 0) return failure.At(countField, "the number of procedures");
        // The kernel prints exactly count calls; a count longer than the line is rejected before it allocates (a
        // shorter shortfall is reported at the first missing call).
        if (count > utf8.Length) return failure.At(countField, $"a number of procedures the line can hold (it has {utf8.Length} bytes)");
        var calls = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            var field = ProcText.NextField(utf8, ref position);
            if (!ProcNumber.TryParseDecimal(field, out calls[i]))
                return failure.At(field.IsEmpty ? utf8[utf8.Length..] : field, $"the calls of procedure {i} ({count} were announced)");
        }
        var extra = ProcText.NextField(utf8, ref position);
        if (!extra.IsEmpty) return failure.At(extra, $"the end of the line after the {count} announced calls");
        value = new RpcProcedureCounts { ProcedureCount = count, Calls = calls };
        return true;
    }

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

    /// <summary>The count and the calls, as the kernel prints them after the label.</summary>
    public override string ToString() => ProcedureCount + " " + string.Join(' ', Calls);
}
