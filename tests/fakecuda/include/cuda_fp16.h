/* fakecuda: the parts of CUDA's half type the kernels use, in software (round half to even). */
#ifndef FAKECUDA_FP16_H
#define FAKECUDA_FP16_H
#include <cstring>
struct __half { unsigned short bits; };

inline float __half2float(__half h) {
    const unsigned sign = (unsigned)(h.bits >> 15) << 31, exp = (h.bits >> 10) & 31, man = h.bits & 1023;
    unsigned u;
    float f;
    if (exp == 31) u = sign | 0x7F800000u | (man << 13);
    else if (exp) u = sign | ((exp + 112) << 23) | (man << 13);
    else {
        f = (float)man * (1.0f / 16777216.0f); /* subnormal: man * 2^-24 */
        std::memcpy(&u, &f, 4);
        u |= sign;
    }
    std::memcpy(&f, &u, 4);
    return f;
}

inline __half __float2half_rn(float f) {
    unsigned u, sign, exp, man;
    __half h;
    std::memcpy(&u, &f, 4);
    sign = (u >> 16) & 0x8000u;
    exp = (u >> 23) & 255;
    man = u & 0x7FFFFFu;
    if (exp == 255) { h.bits = (unsigned short)(sign | 0x7C00u | (man ? 0x200u : 0u)); return h; }
    int e = (int)exp - 127 + 15;
    if (e >= 31) { h.bits = (unsigned short)(sign | 0x7C00u); return h; }
    if (e <= 0) { /* subnormal or zero: round man * 2^(e - 1 - 10 ...) to a multiple of 2^-24 */
        if (e < -10) { h.bits = (unsigned short)sign; return h; }
        man |= 0x800000u;
        const int shift = 14 - e; /* bits dropped */
        unsigned q = man >> shift, rem = man & ((1u << shift) - 1), half = 1u << (shift - 1);
        if (rem > half || (rem == half && (q & 1))) q++;
        h.bits = (unsigned short)(sign | q);
        return h;
    }
    unsigned q = ((unsigned)e << 10) | (man >> 13), rem = man & 0x1FFFu;
    if (rem > 0x1000u || (rem == 0x1000u && (q & 1))) q++; /* may carry into the exponent: still right */
    h.bits = (unsigned short)(sign | q);
    return h;
}

struct __half2 { __half x, y; }; /* x in the low half of the 32 bits, as on the device */
inline __half2 __floats2half2_rn(float lo, float hi) {
    __half2 r = {__float2half_rn(lo), __float2half_rn(hi)};
    return r;
}
#endif
