using System.IO.Compression;
using System.Text;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Fuzz.Targets;

/// <summary>Telnet byte strings for the generator: commands, negotiations for every option the client knows, subnegotiation bodies, an MCCP2 start and zlib streams.</summary>
internal static class TelnetTokens
{
    private const byte Iac = TelnetCommand.Iac;

    public static List<byte[]> Create()
    {
        var list = new List<byte[]>();
        byte[] options = [TelnetOption.Binary, TelnetOption.Echo, TelnetOption.SuppressGoAhead, TelnetOption.Status, TelnetOption.TimingMark,
            TelnetOption.TerminalType, TelnetOption.EndOfRecord, TelnetOption.Naws, TelnetOption.TerminalSpeed, TelnetOption.Linemode,
            TelnetOption.Environ, TelnetOption.NewEnviron, TelnetOption.Charset, TelnetOption.Msdp, TelnetOption.Mssp, TelnetOption.Mccp2,
            TelnetOption.Mccp3, TelnetOption.Gmcp, 200, 255];
        byte[] verbs = [TelnetCommand.Will, TelnetCommand.Wont, TelnetCommand.Do, TelnetCommand.Dont];
        foreach (var option in options)
        {
            foreach (var verb in verbs)
                list.Add([Iac, verb, option]);
            list.Add([Iac, TelnetCommand.Sb, option]);
        }
        list.Add([Iac, TelnetCommand.Se]);
        list.Add([Iac, Iac]);
        list.Add([Iac]);
        list.Add([Iac, TelnetCommand.Ga]);
        list.Add([Iac, TelnetCommand.Eor]);
        list.Add([Iac, TelnetCommand.Nop]);
        list.Add([Iac, 244]);
        list.Add([13, 0]);
        list.Add([13, 10]);
        list.Add([13]);
        list.Add(Sb(TelnetOption.TerminalType, [1]));
        list.Add(Sb(TelnetOption.TerminalSpeed, [1]));
        list.Add(Sb(TelnetOption.NewEnviron, [1, 0, .. "USER"u8, 3, .. "CLIENT_NAME"u8]));
        list.Add(Sb(TelnetOption.NewEnviron, [1]));
        list.Add(Sb(TelnetOption.Charset, [1, .. ";UTF-8;ISO-8859-1;x-evil"u8]));
        list.Add(Sb(TelnetOption.Charset, [2, .. "UTF-8"u8]));
        list.Add(Sb(TelnetOption.Status, [1]));
        list.Add(Sb(TelnetOption.Linemode, [1, 3]));
        list.Add(Sb(TelnetOption.Msdp, [1, .. "ROOM"u8, 2, 3, 1, .. "EXITS"u8, 2, 5, 2, .. "n"u8, 2, .. "s"u8, 6, 4]));
        list.Add(Sb(TelnetOption.Mssp, [1, .. "NAME"u8, 2, .. "chaos"u8]));
        list.Add(Sb(TelnetOption.Gmcp, [.. "Char.Vitals {\"hp\":10,\"list\":[1,2,{\"a\":null}]}"u8]));
        list.Add(Sb(TelnetOption.Gmcp, [.. "Core.Hello \"\\ud800\""u8]));
        list.Add(Sb(TelnetOption.Naws, [0, 80, 0, 24]));
        list.Add([Iac, TelnetCommand.Sb, TelnetOption.Mccp2, Iac, TelnetCommand.Se]);
        list.Add(Zlib("compressed text\r\n\u001b[31mred\u001b[0m"u8, finish: true));
        list.Add(Zlib([Iac, TelnetCommand.Will, TelnetOption.Echo, .. "in the stream"u8, Iac, TelnetCommand.Ga], finish: false));
        list.Add(Zlib(new byte[60_000], finish: true)); // about 1000:1
        foreach (var word in new[] { "hello", "\u00e9t\u00e9", "prompt> " })
            list.Add(Encoding.UTF8.GetBytes(word));
        return list;
    }

    private static byte[] Sb(byte option, byte[] body) => [Iac, TelnetCommand.Sb, option, .. body, Iac, TelnetCommand.Se];

    /// <summary>A zlib stream of <paramref name="data"/>: complete, or sync-flushed and left open (more would follow).</summary>
    private static byte[] Zlib(ReadOnlySpan<byte> data, bool finish)
    {
        var output = new MemoryStream();
        var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        zlib.Write(data);
        zlib.Flush();
        var open = output.ToArray();
        zlib.Dispose();
        return finish ? output.ToArray() : open;
    }
}
