using System;

namespace ProcGen.Specs;

/// <summary>
/// The title of a table in <c>/proc/net/fib_trie</c> and <c>fib_triestat</c> (<c>fib_table_print</c>):
/// <c>Local:</c> (table 255), <c>Main:</c> (254) or <c>Id N:</c> for any other table.
/// </summary>
/// <param name="Id">The routing table id (<c>RT_TABLE_LOCAL</c> 255, <c>RT_TABLE_MAIN</c> 254, or the number printed).</param>
public readonly record struct FibTableName(uint Id) : IProcValue<FibTableName>
{
    /// <summary><c>RT_TABLE_MAIN</c>.</summary>
    public const uint Main = 254;

    /// <summary><c>RT_TABLE_LOCAL</c>.</summary>
    public const uint Local = 255;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out FibTableName value)
    {
        value = default;
        if (utf8.SequenceEqual("Main:"u8)) value = new FibTableName(Main);
        else if (utf8.SequenceEqual("Local:"u8)) value = new FibTableName(Local);
        else if (utf8.StartsWith("Id "u8) && utf8.Length > 4 && utf8[^1] == (byte)':'
                 && ProcNumber.TryParseDecimal(utf8[3..^1], out uint id))
            value = new FibTableName(id);
        else return false;
        return true;
    }

    /// <summary><c>Main</c>, <c>Local</c> or <c>Id N</c>, as the kernel names the table.</summary>
    public override string ToString() => Id switch { Main => "Main", Local => "Local", _ => "Id " + Id };
}
