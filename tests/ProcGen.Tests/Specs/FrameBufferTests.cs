using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>fb</c>. The capture machine has no frame buffer, so lines are written from <c>fb_seq_show</c> in
/// <c>drivers/video/fbdev/core/fb_procfs.c</c>: <c>"%d %s\n"</c>, the node and <c>fix.id</c>.
/// </summary>
public class FrameBufferTests
{
    [Fact]
    public void Node_and_an_identification_with_blanks()
    {
        var buffers = FrameBuffer.ParseTable(Fixtures.Bytes("0 EFI VGA\n1 amdgpudrmfb\n"));

        Assert.Equal(2, buffers.Count);
        Assert.Equal(new FrameBuffer { Node = 0, Name = "EFI VGA" }, buffers[0]);
        Assert.Equal("/dev/fb0", buffers[0].DevicePath);
        Assert.Equal((1, "amdgpudrmfb"), (buffers[1].Node, buffers[1].Name));
    }

    [Fact]
    public void No_frame_buffer_is_an_empty_table()
        => Assert.Empty(FrameBuffer.ParseTable(Fixtures.Bytes("")));

    [Fact]
    public void The_capture_machine_has_no_fb_file()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().TryReadFrameBuffers().Status);

    [Fact]
    public void A_node_that_is_not_a_number_is_an_error_there()
        => ParseAssert.Fails(utf8 => FrameBuffer.ParseTable(utf8), "0 EFI VGA\nfb1 simple\n", 2, 1, "Node");
}
