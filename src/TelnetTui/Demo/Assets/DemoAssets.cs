using System.Reflection;
using TelnetTui.Demo.Bbs;
using TelnetTui.Demo.Mud;

namespace TelnetTui.Demo.Assets;

/// <summary>
/// The demo's data, made by this project in assets/ and embedded in the program (so <c>telnettui serve</c>
/// runs from anywhere): the BBS art (CP437 with SAUCE), the MUD world and the flood vocabulary. Read and
/// checked once; a broken file stops the server with a message naming the file and key.
/// </summary>
internal sealed class DemoAssets
{
    public const string Welcome = "welcome.ans";
    public const string Menu = "menu.ans";
    public const string Bulletins = "bulletins.ans";
    public const string Goodbye = "goodbye.ans";

    private static readonly Lazy<DemoAssets> Embedded = new(Load);

    private DemoAssets(IReadOnlyDictionary<string, ArtFile> art, MudWorld world, FloodLines flood)
    {
        Art = art;
        World = world;
        Flood = flood;
    }

    /// <summary>The assets built into the program.</summary>
    public static DemoAssets Default => Embedded.Value;

    /// <summary>BBS art by file name.</summary>
    public IReadOnlyDictionary<string, ArtFile> Art { get; }

    /// <summary>The flood text pool.</summary>
    public FloodLines Flood { get; }

    /// <summary>The MUD's rooms.</summary>
    public MudWorld World { get; }

    /// <summary>The bytes of an embedded asset, by its path under assets/ (e.g. "bbs/welcome.ans").</summary>
    public static byte[] ReadEmbedded(string path)
    {
        using var stream = typeof(DemoAssets).Assembly.GetManifestResourceStream("assets/" + path)
            ?? throw new InvalidDataException($"assets/{path} is not built into the program");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static DemoAssets Load()
    {
        var art = new Dictionary<string, ArtFile>(StringComparer.Ordinal);
        foreach (var name in new[] { Welcome, Menu, Bulletins, Goodbye })
            art[name] = new ArtFile(name, ReadEmbedded("bbs/" + name));
        var world = MudWorldReader.Read(ReadEmbedded("mud/world.toml"), "assets/mud/world.toml");
        var flood = FloodLines.Read(ReadEmbedded("mud/flood.toml"), "assets/mud/flood.toml");
        return new DemoAssets(art, world, flood);
    }
}
