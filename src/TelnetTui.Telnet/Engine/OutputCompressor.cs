using System.Buffers;
using System.IO.Compression;

namespace TelnetTui.Telnet.Engine;

/// <summary>
/// Compresses what we send once MCCP3 (client) or MCCP2 (server) starts: telnet bytes collect in
/// <see cref="Input"/> and each <see cref="Flush"/> pushes them through zlib with a sync flush, so the
/// peer can inflate everything sent so far.
/// </summary>
internal sealed class OutputCompressor
{
    private readonly ZLibStream _zlib;

    public OutputCompressor(IBufferWriter<byte> destination)
        => _zlib = new ZLibStream(new BufferWriterStream(destination), CompressionLevel.Fastest, leaveOpen: true);

    public ArrayBufferWriter<byte> Input { get; } = new();

    public void Flush()
    {
        if (Input.WrittenCount == 0)
            return;
        _zlib.Write(Input.WrittenSpan);
        _zlib.Flush();
        Input.ResetWrittenCount();
    }

    /// <summary>Ends the zlib stream (Z_FINISH); what follows is plain telnet again.</summary>
    public void Finish()
    {
        if (Input.WrittenCount > 0)
            _zlib.Write(Input.WrittenSpan);
        Input.ResetWrittenCount();
        _zlib.Dispose();
    }

    private sealed class BufferWriterStream(IBufferWriter<byte> destination) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => destination.Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer) => destination.Write(buffer);
    }
}
