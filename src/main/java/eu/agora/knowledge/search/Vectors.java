package eu.agora.knowledge.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Float vectors as stored bytes, and the arithmetic retrieval needs.
 */
public final class Vectors {

	private Vectors() {
	}

	public static byte[] toBytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	static float[] fromBytes(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

	/** The vector scaled to length 1 (a zero vector stays zero). */
	static float[] unit(float[] vector) {
		double sum = 0;
		for (float value : vector) {
			sum += value * value;
		}
		double length = Math.sqrt(sum);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (length == 0) ? 0 : (float) (vector[i] / length);
		}
		return unit;
	}

	/** The dot product; the cosine similarity for unit vectors. */
	static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
