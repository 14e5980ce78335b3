package org.onewindow.voice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * A PCM WAV file: reads the RIFF chunks, joins clips of one format with a short pause between, and
 * writes a clean file. Enough for the hub to join voice-pack clips and espeak-ng's Mandarin and English.
 */
public record Wav(int channels, int sampleRate, int bitsPerSample, byte[] pcm) {

    public static Wav read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 12 || in.getInt(0) != 0x46464952 || in.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a RIFF WAVE file");
        }
        int pos = 12;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= file.length) {
            int id = in.getInt(pos);
            int size = in.getInt(pos + 4);
            int body = pos + 8;
            if (id == 0x20746d66) { // "fmt "
                if (in.getShort(body) != 1) {
                    throw new IllegalArgumentException("only PCM WAV clips can be joined");
                }
                channels = in.getShort(body + 2);
                rate = in.getInt(body + 4);
                bits = in.getShort(body + 14);
            } else if (id == 0x61746164) { // "data"
                // espeak-ng writing to a pipe leaves the size at its maximum: take what is there.
                int end = size < 0 || body + size > file.length ? file.length : body + size;
                if (channels == 0) {
                    throw new IllegalArgumentException("WAV data before its format");
                }
                return new Wav(channels, rate, bits, Arrays.copyOfRange(file, body, end));
            }
            pos = body + size + (size & 1);
        }
        throw new IllegalArgumentException("WAV file without data");
    }

    public double seconds() {
        return pcm.length / (double) (sampleRate * channels * (bitsPerSample / 8));
    }

    /** Joins clips of one format, with {@code pauseMs} of silence between them. */
    public static Wav join(List<Wav> clips, int pauseMs) {
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        Wav first = clips.get(0);
        int frame = first.channels * (first.bitsPerSample / 8);
        byte[] pause = new byte[first.sampleRate * pauseMs / 1000 * frame];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < clips.size(); i++) {
            Wav clip = clips.get(i);
            if (clip.channels != first.channels || clip.sampleRate != first.sampleRate || clip.bitsPerSample != first.bitsPerSample) {
                throw new IllegalArgumentException("clip " + (i + 1) + " is " + clip.describe() + ", the first is " + first.describe()
                        + ": record every clip of a pack in one format");
            }
            if (i > 0) {
                out.writeBytes(pause);
            }
            out.writeBytes(clip.pcm);
        }
        return new Wav(first.channels, first.sampleRate, first.bitsPerSample, out.toByteArray());
    }

    public byte[] bytes() {
        int byteRate = sampleRate * channels * bitsPerSample / 8;
        ByteBuffer out = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46464952).putInt(36 + pcm.length).putInt(0x45564157);
        out.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(byteRate).putShort((short) (channels * bitsPerSample / 8)).putShort((short) bitsPerSample);
        out.putInt(0x61746164).putInt(pcm.length).put(pcm);
        return out.array();
    }

    /** Root mean square of 16-bit samples, 0..1: how far from silence. */
    public double loudness() {
        if (bitsPerSample != 16 || pcm.length < 2) {
            return 0;
        }
        ByteBuffer in = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int n = pcm.length / 2;
        for (int i = 0; i < n; i++) {
            double s = in.getShort(i * 2) / 32768.0;
            sum += s * s;
        }
        return Math.sqrt(sum / n);
    }

    private String describe() {
        return sampleRate + " Hz, " + bitsPerSample + "-bit, " + channels + " channel(s)";
    }
}
