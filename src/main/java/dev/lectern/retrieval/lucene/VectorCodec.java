package dev.lectern.retrieval.lucene;

import dev.lectern.retrieval.RetrievalSettings.VectorQuantization;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;

/**
 * The codec the index writes with: Lucene's default, or with the vector field's HNSW graph over int8
 * scalar-quantized vectors (7 bits, Lucene's default confidence interval), a quarter of the float vectors'
 * memory. Readers need nothing: each segment names the format it was written with.
 */
final class VectorCodec {

    private VectorCodec() {}

    static Codec of(VectorQuantization quantization) {
        if (quantization == VectorQuantization.NONE) {
            return Codec.getDefault();
        }
        KnnVectorsFormat int8 = new Lucene99HnswScalarQuantizedVectorsFormat();
        return new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return ChunkFields.VECTOR.equals(field) ? int8 : super.getKnnVectorsFormatForField(field);
            }
        };
    }
}
