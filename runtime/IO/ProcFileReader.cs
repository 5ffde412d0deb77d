using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace ProcGen;

/// <summary>
/// Reads a whole <c>/proc</c> file or link into a pooled buffer with the fewest system calls: <c>open</c>,
/// <c>read</c> until it returns 0, <c>close</c>. Most <c>/proc</c> files report size 0, so the size cannot be
/// asked in advance; the caller passes a size hint (the size seen last time) so that small files come in one
/// <c>read</c>.
/// </summary>
/// <remarks>
/// When a read fills the buffer, the buffer is grown and the file re-read from the start rather than continued:
/// continuing would stitch two generations of a file that changes between reads (<c>net/tcp</c>,
/// <c>{pid}/maps</c>). A <c>seq_file</c> larger than its kernel-side buffer (a page, grown only for single
/// oversized records) still arrives in several short reads; that is the kernel's own granularity.
/// </remarks>
internal static unsafe class ProcFileReader
{
    private const int MaxStackPath = 512;
    private const int MaxFileSize = 1 << 30;

    /// <summary>A rented buffer holding the file; dispose to return it.</summary>
    public readonly struct Content : IDisposable
    {
        private readonly byte[] _buffer;
        private readonly int _length;

        public Content(byte[] buffer, int length)
        {
            _buffer = buffer;
            _length = length;
        }

        public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }

    /// <summary>
    /// Reads <c>root/directory/file</c> (<paramref name="directory"/> may be empty). On failure returns the errno
    /// and no content.
    /// </summary>
    public static int TryRead(string root, ReadOnlySpan<char> directory, ReadOnlySpan<char> file, ProcEntryKind kind, ref int sizeHint, out Content content)
    {
        int pathBytes = Encoding.UTF8.GetMaxByteCount(root.Length + directory.Length + file.Length + 2) + 1;
        byte[]? rentedPath = null;
        Span<byte> path = pathBytes <= MaxStackPath
            ? stackalloc byte[MaxStackPath]
            : (rentedPath = ArrayPool<byte>.Shared.Rent(pathBytes));
        try
        {
            ComposePath(path, root, directory, file);
            fixed (byte* cPath = path)
            {
                return kind == ProcEntryKind.SymbolicLink
                    ? ReadLink(cPath, ref sizeHint, out content)
                    : ReadFile(cPath, ref sizeHint, out content);
            }
        }
        finally
        {
            if (rentedPath is not null) ArrayPool<byte>.Shared.Return(rentedPath);
        }
    }

    /// <summary>Opens <c>root/directory/file</c> for reading piece by piece (streamed rows); returns the errno or 0.</summary>
    public static int TryOpen(string root, ReadOnlySpan<char> directory, ReadOnlySpan<char> file, out int fd)
    {
        int pathBytes = Encoding.UTF8.GetMaxByteCount(root.Length + directory.Length + file.Length + 2) + 1;
        byte[] path = ArrayPool<byte>.Shared.Rent(pathBytes);
        try
        {
            ComposePath(path, root, directory, file);
            fixed (byte* cPath = path)
            {
                do fd = LibC.Open(cPath, LibC.O_RDONLY | LibC.O_CLOEXEC);
                while (fd < 0 && Marshal.GetLastPInvokeError() == LibC.EINTR);
            }
            return fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(path);
        }
    }

    /// <summary>One <c>read</c> into <paramref name="destination"/>: the byte count (0 at the end), or minus the errno.</summary>
    public static int ReadSome(int fd, Span<byte> destination)
    {
        while (true)
        {
            nint n;
            fixed (byte* b = destination)
            {
                n = LibC.Read(fd, b, (nuint)destination.Length);
            }
            if (n >= 0) return (int)n;
            int errno = Marshal.GetLastPInvokeError();
            if (errno != LibC.EINTR) return -errno;
        }
    }

    public static void Close(int fd) => LibC.Close(fd);

    private static void ComposePath(Span<byte> destination, string root, ReadOnlySpan<char> directory, ReadOnlySpan<char> file)
    {
        int n = Encoding.UTF8.GetBytes(root, destination);
        if (!directory.IsEmpty)
        {
            if (n == 0 || destination[n - 1] != (byte)'/') destination[n++] = (byte)'/';
            n += Encoding.UTF8.GetBytes(directory, destination[n..]);
        }
        if (!file.IsEmpty)
        {
            if (n == 0 || destination[n - 1] != (byte)'/') destination[n++] = (byte)'/';
            n += Encoding.UTF8.GetBytes(file, destination[n..]);
        }
        destination[n] = 0;
    }

    private static int ReadFile(byte* path, ref int sizeHint, out Content content)
    {
        content = default;
        int fd;
        do fd = LibC.Open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);
        while (fd < 0 && Marshal.GetLastPInvokeError() == LibC.EINTR);
        if (fd < 0) return Marshal.GetLastPInvokeError();

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, 256));
        try
        {
            while (true)
            {
                int total = 0;
                bool restart = false;
                while (true)
                {
                    nint n;
                    fixed (byte* b = buffer)
                    {
                        n = LibC.Read(fd, b + total, (nuint)(buffer.Length - total));
                    }
                    if (n < 0)
                    {
                        int errno = Marshal.GetLastPInvokeError();
                        if (errno == LibC.EINTR) continue;
                        ArrayPool<byte>.Shared.Return(buffer);
                        return errno;
                    }
                    if (n == 0) break;
                    total += (int)n;
                    if (total == buffer.Length)
                    {
                        restart = true;
                        break;
                    }
                }
                if (!restart)
                {
                    sizeHint = Math.Max(sizeHint, total + 1);
                    content = new Content(buffer, total);
                    return 0;
                }
                if (buffer.Length >= MaxFileSize)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return LibC.EINVAL;
                }
                // Full: a larger buffer, and the file again from its start (see remarks).
                int larger = buffer.Length * 2;
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = ArrayPool<byte>.Shared.Rent(larger);
                if (!Rewind(fd))
                {
                    // Not seekable: reopen. Rare under /proc; keeps the no-stitching rule.
                    LibC.Close(fd);
                    fd = LibC.Open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);
                    if (fd < 0)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return Marshal.GetLastPInvokeError();
                    }
                }
            }
        }
        finally
        {
            if (fd >= 0) LibC.Close(fd);
        }
    }

    private static bool Rewind(int fd) => LibC.LSeek(fd, 0, LibC.SEEK_SET) == 0;

    private static int ReadLink(byte* path, ref int sizeHint, out Content content)
    {
        content = default;
        int size = Math.Max(sizeHint, 256);
        while (true)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
            nint n;
            fixed (byte* b = buffer)
            {
                n = LibC.ReadLink(path, b, (nuint)buffer.Length);
            }
            if (n < 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return Marshal.GetLastPInvokeError();
            }
            if (n < buffer.Length)
            {
                sizeHint = Math.Max(sizeHint, (int)n + 1);
                content = new Content(buffer, (int)n);
                return 0;
            }
            // readlink truncates silently: a full buffer may be a cut target.
            ArrayPool<byte>.Shared.Return(buffer);
            size = buffer.Length * 2;
        }
    }
}
