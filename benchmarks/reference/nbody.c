/* C transliteration of benchmarks/programs/nbody.py: same algorithm, same
 * operation order, same arguments (SIZE ITERATIONS), same stdout and #iter lines.
 * Build: gcc -O2 -o nbody nbody.c -lm */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define PI 3.14159265358979323
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NBODIES 5

/* Each body: x, y, z, vx, vy, vz, mass (same layout as the Python lists). */
typedef double body[7];

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void initial_bodies(body *b) {
    double init[NBODIES][7] = {
        {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS},
        {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
        {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
        {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
         -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
        {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
         -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
    };
    for (int i = 0; i < NBODIES; i++)
        for (int k = 0; k < 7; k++)
            b[i][k] = init[i][k];
}

static void offset_momentum(body *bodies) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        double m = bodies[i][6];
        px += bodies[i][3] * m;
        py += bodies[i][4] * m;
        pz += bodies[i][5] * m;
    }
    bodies[0][3] = -px / SOLAR_MASS;
    bodies[0][4] = -py / SOLAR_MASS;
    bodies[0][5] = -pz / SOLAR_MASS;
}

static double energy(body *bodies) {
    double e = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        double *b = bodies[i];
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5]);
    }
    for (int i = 0; i < NBODIES - 1; i++) {
        for (int j = i + 1; j < NBODIES; j++) {
            double *b1 = bodies[i], *b2 = bodies[j];
            double dx = b1[0] - b2[0];
            double dy = b1[1] - b2[1];
            double dz = b1[2] - b2[2];
            e -= (b1[6] * b2[6]) / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(body *bodies, double dt, long steps) {
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < NBODIES - 1; i++) {
            for (int j = i + 1; j < NBODIES; j++) {
                double *b1 = bodies[i], *b2 = bodies[j];
                double dx = b1[0] - b2[0];
                double dy = b1[1] - b2[1];
                double dz = b1[2] - b2[2];
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                double m1 = b1[6] * mag;
                double m2 = b2[6] * mag;
                b1[3] -= dx * m2;
                b1[4] -= dy * m2;
                b1[5] -= dz * m2;
                b2[3] += dx * m1;
                b2[4] += dy * m1;
                b2[5] += dz * m1;
            }
        }
        for (int i = 0; i < NBODIES; i++) {
            double *b = bodies[i];
            b[0] += dt * b[3];
            b[1] += dt * b[4];
            b[2] += dt * b[5];
        }
    }
}

int main(int argc, char **argv) {
    long steps = argc > 1 ? atol(argv[1]) : 120000;
    long iterations = argc > 2 ? atol(argv[2]) : 3;
    body bodies[NBODIES];
    double e0 = 0.0, e1 = 0.0;
    for (long it = 0; it < iterations; it++) {
        double t0 = now();
        initial_bodies(bodies);
        offset_momentum(bodies);
        e0 = energy(bodies);
        advance(bodies, 0.01, steps);
        e1 = energy(bodies);
        double t1 = now();
        fprintf(stderr, "#iter %.6f\n", t1 - t0);
    }
    printf("%.9f\n", e0);
    printf("%.9f\n", e1);
    for (int i = 0; i < NBODIES; i++)
        printf("%.9f %.9f %.9f\n", bodies[i][0], bodies[i][1], bodies[i][2]);
    return 0;
}
