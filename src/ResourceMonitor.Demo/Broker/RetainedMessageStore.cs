using System.Buffers;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace ResourceMonitor.Demo.Broker;

/// <summary>
/// Keeps the embedded broker's retained messages (agent status, opportunity state) in a file, so a restarted demo
/// shows the same retained state. Written atomically (temp file + rename) on every change.
/// </summary>
internal sealed class RetainedMessageStore(string path) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<List<MqttApplicationMessage>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        await using var stream = File.OpenRead(path);
        var stored = await JsonSerializer.DeserializeAsync<List<StoredMessage>>(stream, cancellationToken: cancellationToken) ?? [];
        return stored.Select(s => new MqttApplicationMessageBuilder()
                .WithTopic(s.Topic)
                .WithPayload(Convert.FromBase64String(s.Payload))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag()
                .Build())
            .ToList();
    }

    public async Task SaveAsync(IEnumerable<MqttApplicationMessage> messages, CancellationToken cancellationToken)
    {
        var stored = messages.Select(m => new StoredMessage(m.Topic, Convert.ToBase64String(m.Payload.ToArray()))).ToList();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = path + ".tmp";
            await using (var stream = File.Create(temp))
            {
                await JsonSerializer.SerializeAsync(stream, stored, cancellationToken: cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record StoredMessage(string Topic, string Payload);
}
