using System;

namespace ProcGen.Specs;

/// <summary>
/// A kernel connector id, <c>struct cb_id</c> printed <c>%u:%u</c> (<c>1:1</c>) in <c>/proc/net/connector</c>.
/// </summary>
/// <param name="Index">The connector index (<c>idx</c>): 1 is <c>CN_IDX_PROC</c>, 3 <c>CN_W1_IDX</c>.</param>
/// <param name="Value">The value within the index (<c>val</c>).</param>
public readonly record struct ConnectorId(uint Index, uint Value) : IProcValue<ConnectorId>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ConnectorId value)
    {
        value = default;
        int colon = utf8.IndexOf((byte)':');
        if (colon <= 0
            || !ProcNumber.TryParseDecimal(utf8[..colon], out uint index)
            || !ProcNumber.TryParseDecimal(utf8[(colon + 1)..], out uint val))
            return false;
        value = new ConnectorId(index, val);
        return true;
    }

    public override string ToString() => $"{Index}:{Value}";
}
