namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/dma</c>: an ISA DMA channel in use and the driver holding it (proc(5);
/// <c>proc_dma_show</c> in <c>kernel/dma.c</c> prints <c>%2d: %s</c>).
/// </summary>
/// <remarks>
/// On x86, channel 4 is always taken by <c>cascade</c> (it links the two 8237 controllers). Architectures with
/// <c>CONFIG_GENERIC_ISA_DMA</c> but no channels print the single line <c>No DMA</c> instead: an empty table here.
/// </remarks>
[ProcFile("dma", Accessor = "DmaChannels"), Rows(NoRowsText = "No DMA")]
public sealed partial record DmaChannel
{
    /// <summary>The channel number.</summary>
    [Column(0), Suffix(":")] public required int Channel { get; init; }

    /// <summary>The name the driver gave when it requested the channel (<c>cascade</c>, <c>floppy</c>).</summary>
    [Rest] public required string Device { get; init; }
}
