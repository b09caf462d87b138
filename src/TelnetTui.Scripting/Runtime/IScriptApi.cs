namespace TelnetTui.Scripting.Runtime;

/// <summary>
/// What the runtime calls when a script calls an engine function. Implementations read arguments
/// from <paramref name="stack"/>, push results and return how many; a bad call throws
/// <see cref="ScriptApiException"/>. They must never call back into Lua.
/// </summary>
internal interface IScriptApi
{
    int Call(ApiFunction function, LuaStack stack);
}
