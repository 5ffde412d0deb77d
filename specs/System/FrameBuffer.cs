namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/fb</c>: a registered frame buffer device (<c>fb_seq_show</c> in
/// <c>drivers/video/fbdev/core/fb_procfs.c</c>). Read with <c>fs.FrameBuffers()</c>.
/// </summary>
/// <remarks><c>0 EFI VGA</c>: the minor of <c>/dev/fbN</c>, then the driver's identification, which may contain blanks.</remarks>
[ProcFile("fb", Accessor = "FrameBuffers"), Rows]
public sealed partial record FrameBuffer
{
    /// <summary>The frame buffer's number: the <c>N</c> of <c>/dev/fbN</c>.</summary>
    [Column(0)] public required int Node { get; init; }

    /// <summary>The driver's identification string (<c>fix.id</c>, at most 15 bytes: <c>EFI VGA</c>, <c>simpledrmdrmfb</c>, <c>amdgpudrmfb</c>).</summary>
    [Rest] public required string Name { get; init; }

    /// <summary>The device node, <c>/dev/fbN</c>.</summary>
    public string DevicePath => "/dev/fb" + Node.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
