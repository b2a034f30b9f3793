"""Model resolution, reassembly with sha256 check, CTranslate2 → openai-whisper conversion."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from podcast.errors import ModelError
from podcast.fsutil import file_sha256
from podcast.transcribe.convert import ct2_to_openai_state, read_ct2_model
from podcast.transcribe.models import (
    PACKAGED_SHA256,
    PACKAGED_SIZE,
    reassemble,
    resolve_model,
)


def test_packaged_model_is_reassembled_and_verified(packaged_model: Path):
    model = packaged_model / "model.bin"
    assert model.stat().st_size == PACKAGED_SIZE
    assert file_sha256(model) == PACKAGED_SHA256
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        assert (packaged_model / name).is_file()
    # 'base' means the same packaged model while downloads are off
    assert resolve_model("base").path == packaged_model


def test_reassemble_joins_parts_and_checks_the_hash(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"hello ")
    b.write_bytes(b"world")
    digest = hashlib.sha256(b"hello world").hexdigest()
    out = reassemble([a, b], tmp_path / "cache" / "model.bin", sha256=digest, size=11)
    assert out.read_bytes() == b"hello world"
    # a corrupted cached copy is detected and rebuilt
    out.write_bytes(b"hello WORLD")
    reassemble([a, b], out, sha256=digest, size=11)
    assert out.read_bytes() == b"hello world"


def test_reassemble_rejects_a_wrong_hash_and_leaves_nothing_behind(tmp_path: Path):
    a = tmp_path / "a"
    a.write_bytes(b"tampered")
    target = tmp_path / "model.bin"
    with pytest.raises(ModelError, match="sha256 mismatch") as err:
        reassemble([a], target, sha256="0" * 64)
    assert str(target) in str(err.value)
    assert not target.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_reassemble_names_a_missing_part(tmp_path: Path):
    with pytest.raises(ModelError, match="part missing") as err:
        reassemble([tmp_path / "nope"], tmp_path / "m.bin", sha256="0" * 64)
    assert "nope" in str(err.value)


def test_unknown_model_offline_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ModelError, match="not available offline"):
        resolve_model("KBLab/kb-whisper-definitely-not-cached")
    with pytest.raises(ModelError, match="model folder not found"):
        resolve_model(str(tmp_path / "missing-model"))
    assert resolve_model(str(tmp_path)).path == tmp_path.resolve()


def test_auto_prefers_kb_whisper_for_swedish_when_downloads_are_allowed():
    resolved = resolve_model("auto", language="sv", allow_download=True)
    assert resolved.name == "KBLab/kb-whisper-base" and resolved.path is None


def test_conversion_is_lossless_and_matches_openai_whisper_layout(packaged_model: Path):
    torch = pytest.importorskip("torch")
    whisper_model = pytest.importorskip("whisper.model")
    variables = read_ct2_model(packaged_model / "model.bin")
    dims, state = ct2_to_openai_state(variables)
    model = whisper_model.Whisper(whisper_model.ModelDimensions(**dims))
    expected = set(model.state_dict())
    assert set(state) == expected
    model.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in state.items()},
                          strict=True)
    # values are copied, never recomputed: the fused QKV rows are exactly the split tensors
    qkv = variables["decoder/layer_2/self_attention/linear_0/weight"]
    n = qkv.shape[0] // 3
    np.testing.assert_array_equal(state["decoder.blocks.2.attn.value.weight"], qkv[2 * n:])
    np.testing.assert_array_equal(state["encoder.ln_post.weight"],
                                  variables["encoder/layer_norm/gamma"])
    assert dims["n_text_layer"] == 6 and dims["n_vocab"] == 51865


def test_reading_a_non_whisper_file_fails_with_its_name(tmp_path: Path):
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"\x05\x00\x00\x00garbage")
    with pytest.raises(ModelError, match="unsupported CTranslate2 binary version") as err:
        read_ct2_model(bad)
    assert str(bad) in str(err.value)
