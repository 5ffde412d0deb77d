namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/numa_maps</c>: a mapping's NUMA memory policy and where its pages are (numa(7);
/// <c>show_numa_map</c> in <c>fs/proc/task_mmu.c</c>).
/// </summary>
/// <remarks>
/// After the start address and the policy come <c>key=value</c> and bare tokens: <c>file=</c> (escaped path),
/// <c>heap</c>, <c>stack</c>, <c>huge</c>, <c>anon=</c>, <c>dirty=</c>, <c>swapcache=</c>, <c>active=</c>,
/// <c>writeback=</c>, <c>mapped=</c>, <c>mapmax=</c>, one <c>N&lt;node&gt;=pages</c> per node, and
/// <c>kernelpagesize_kB=</c>. Which appear depends on the mapping; see <see cref="Details"/>.
/// </remarks>
[ProcFile("{pid}/numa_maps", Accessor = "NumaMaps"), Rows]
public sealed partial record NumaMapping
{
    /// <summary>The start address of the mapping (as in <c>maps</c>).</summary>
    [Column(0), Hex] public required ulong Address { get; init; }

    /// <summary>The memory policy (<c>default</c>, <c>prefer:1</c>, <c>bind:0-1</c>, <c>interleave:0-3</c> …).</summary>
    [Column(1)] public required string Policy { get; init; }

    /// <summary>The remaining tokens, by key; bare tokens (<c>heap</c>) map to an empty string.</summary>
    [Rest] public required KeyValueTokens Details { get; init; }

    /// <summary>The mapped file (<c>file=</c>, unescaped), or <c>null</c>.</summary>
    public string? File => Details.GetString("file");

    /// <summary>Pages mapped, summed over nodes (<c>N0=…</c>, <c>N1=…</c>).</summary>
    public ulong PagesOnNodes
    {
        get
        {
            ulong total = 0;
            foreach (var (key, value) in Details.Pairs)
                if (key.Length > 1 && key[0] == 'N' && char.IsAsciiDigit(key[1]) && ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ulong pages))
                    total += pages;
            return total;
        }
    }
}
