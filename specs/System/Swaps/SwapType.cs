namespace ProcGen.Specs;

/// <summary>What backs a swap area, the <c>Type</c> column of <c>/proc/swaps</c> (<c>swap_show</c> in <c>mm/swapfile.c</c>).</summary>
public enum SwapType
{
    /// <summary>A word this library does not know: kernels and patch sets add backing kinds.</summary>
    [ProcFallback] Other,

    /// <summary><c>partition</c>: a block device (a disk partition, <c>zram</c>, a logical volume).</summary>
    [ProcToken("partition")] Partition,

    /// <summary><c>file</c>: a regular file on a filesystem.</summary>
    [ProcToken("file")] File,
}
